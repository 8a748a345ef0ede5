/// The identity of a ticket on its helpdesk.
///
/// Helpdesks hand ids out as numbers or as digit strings; both decode to the same `TicketID`.
///
/// ```swift
/// let id: TicketID = 858462
/// print(id) // "858462"
/// ```
public struct TicketID: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    CustomStringConvertible, ExpressibleByIntegerLiteral
{
    public let rawValue: Int

    public init(rawValue: Int) { self.rawValue = rawValue }
    public init(_ rawValue: Int) { self.rawValue = rawValue }
    public init(integerLiteral value: Int) { self.rawValue = value }

    public var description: String { String(rawValue) }

    public static func < (lhs: TicketID, rhs: TicketID) -> Bool { lhs.rawValue < rhs.rawValue }
}
