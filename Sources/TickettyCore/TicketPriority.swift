/// How urgent a ticket is. The raw values are Omnidesk's words.
public enum TicketPriority: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case low, medium, high, urgent

    /// A capitalised label for menus and headers.
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// The key that picks this priority in the `p` menu.
    public var menuKey: Character {
        switch self {
        case .low: "l"
        case .medium: "m"
        case .high: "h"
        case .urgent: "u"
        }
    }

    private var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        case .urgent: 3
        }
    }

    public static func < (lhs: TicketPriority, rhs: TicketPriority) -> Bool { lhs.rank < rhs.rank }
}
