import Foundation
import TickettyCore

/// The list filter typed after `/`, split into words that must all match.
///
/// Each word matches if it occurs, ignoring case and accents, in the title, the customer's name
/// or address, the id (a leading `#` is allowed), the status, the priority, the assignee or a
/// tag. Words may match different fields: `"anna urgent"` finds Anna's urgent tickets.
///
/// ```swift
/// TicketFilter("jose").matches(ticket) // true for "José Álvarez"
/// ```
public struct TicketFilter: Hashable, Sendable {
    /// The words to find, already folded.
    public let words: [String]

    public init(_ text: String) {
        words = text.split(whereSeparator: \.isWhitespace).map { TextFolding.fold(String($0)) }
    }

    /// Whether the filter lets every ticket through.
    public var isEmpty: Bool { words.isEmpty }

    /// Whether the ticket shows under this filter.
    public func matches(_ ticket: Ticket) -> Bool {
        if words.isEmpty { return true }
        let id = String(ticket.id.rawValue)
        let fields = [
            ticket.title, ticket.customerName, ticket.customerAddress, ticket.status.rawValue,
            ticket.priority.rawValue, ticket.assignedAgent?.name ?? "", ticket.assignedGroup?.name ?? "",
        ] + ticket.tags
        let folded = fields.map(TextFolding.fold)
        return words.allSatisfy { word in
            let idWord = word.hasPrefix("#") ? String(word.dropFirst()) : word
            if !idWord.isEmpty, id.contains(idWord) { return true }
            return folded.contains { $0.contains(word) }
        }
    }
}
