import Foundation
import TickettyCore

/// The list filter typed after `/`, split into words that must all match.
///
/// Each word matches if it occurs, ignoring case and accents, in the title, the customer's name
/// or address, the status, the priority, the assignee, a tag or the id written as `#1234`.
/// Words may match different fields: `"anna urgent"` finds Anna's urgent tickets, `"#12"` the
/// tickets whose id starts with 12.
///
/// ```swift
/// TicketFilter("jose").matches(ticket) // true for "José Álvarez"
/// ```
public struct TicketFilter: Hashable, Sendable {
    /// The words to find, folded, as UTF-8.
    let words: [[UInt8]]

    public init(_ text: String) {
        words = text.split(whereSeparator: \.isWhitespace).map { Array(TextFolding.fold(String($0)).utf8) }
    }

    /// Whether the filter lets every ticket through.
    public var isEmpty: Bool { words.isEmpty }

    /// Whether the ticket shows under this filter.
    public func matches(_ ticket: Ticket) -> Bool {
        matches(searchKey: TicketFilter.searchKey(for: ticket))
    }

    /// Whether a ticket with this ``searchKey(for:)`` shows under this filter.
    func matches(searchKey: [UInt8]) -> Bool {
        words.allSatisfy { searchKey.containsBytes($0) }
    }

    /// Everything a filter word may match in a ticket, folded once, as UTF-8 (fields apart on
    /// lines, since no word contains a newline).
    static func searchKey(for ticket: Ticket) -> [UInt8] {
        let fields = [
            ticket.title, ticket.customerName, ticket.customerAddress, ticket.status.rawValue,
            ticket.priority.rawValue, ticket.assignedAgent?.name ?? "", ticket.assignedGroup?.name ?? "",
            "#\(ticket.id)",
        ] + ticket.tags
        return Array(TextFolding.fold(fields.joined(separator: "\n")).utf8)
    }
}
