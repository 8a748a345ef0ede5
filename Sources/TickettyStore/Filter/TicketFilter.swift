import Foundation
import TickettyCore

/// The list filter typed after `/`: words that must all match, some of them fields.
///
/// A plain word matches if it occurs, ignoring case and accents, in the title, the customer's
/// name or address, the status, the priority, the assignee, the group, a tag or the id written
/// as `#1234`. Words may match different fields: `"anna urgent"` finds Anna's urgent tickets.
///
/// Field words narrow by one field:
///
/// | word | matches |
/// | --- | --- |
/// | `status:open`, `status:pend`, `status:open,pending` | statuses starting so |
/// | `prio:urgent`, `priority:high`, `prio:>=high`, `prio:<medium` | priorities |
/// | `group:fin` | the group's name contains it |
/// | `agent:mei`, `assignee:21` | the agent's name contains it, or it is the agent's id |
/// | `tag:bill` | a tag contains it |
/// | `is:breached` | the next SLA target is due (at or before now) |
/// | `is:mine` | assigned to the agent the configuration's `me` names |
/// | `is:unassigned` | no agent assigned |
/// | `#123`, `id:123` | ids starting with 123 |
///
/// A leading `-` negates any word: `-status:closed`, `-printer`. A field word the filter
/// cannot read (`status:bogus`) is left out and explained by ``problem``; an unknown field name
/// (`10:30`) is a plain word.
///
/// ```swift
/// TicketFilter("jose").matches(ticket) // true for "José Álvarez"
/// TicketFilter("status:open -tag:spam").matches(ticket)
/// ```
public struct TicketFilter: Hashable, Sendable {
    /// The clauses to apply, in the order typed; unreadable field words are not among them.
    let clauses: [FilterClause]
    /// What the status line says about the first field word that is unreadable (an error) or
    /// still lacks its value (a hint listing what it takes).
    public let problem: StatusMessage?
    /// The plain words as typed (not negated, not fields): what the server's full-text search
    /// and the message cache are asked for.
    public let plainWords: [String]

    public init(_ text: String) {
        var clauses: [FilterClause] = []
        var problem: StatusMessage?
        var plainWords: [String] = []
        for token in text.split(whereSeparator: \.isWhitespace) {
            switch Self.parse(String(token)) {
            case .clause(let clause):
                clauses.append(clause)
                if case .word = clause.test, !clause.negated { plainWords.append(String(token)) }
            case .incomplete(let hint):
                problem = problem ?? StatusMessage(hint)
            case .invalid(let explanation):
                problem = problem ?? .error(explanation)
            case .nothing:
                break
            }
        }
        self.clauses = clauses
        self.problem = problem
        self.plainWords = plainWords
    }

    /// Whether the filter lets every ticket through.
    public var isEmpty: Bool { clauses.isEmpty }

    /// The plain words joined by spaces, or `nil` when there are none.
    public var plainText: String? { plainWords.isEmpty ? nil : plainWords.joined(separator: " ") }

    /// Whether the ticket shows under this filter at time `now`, for the agent `me` (an id or
    /// a name; see `is:mine`).
    public func matches(_ ticket: Ticket, now: Date = Date(), me: String? = nil) -> Bool {
        matches(ticket, searchKey: Self.searchKey(for: ticket), context: FilterContext(now: now, me: me))
    }

    func matches(_ ticket: Ticket, searchKey: [UInt8], context: FilterContext) -> Bool {
        clauses.allSatisfy { $0.matches(ticket, searchKey: searchKey, context: context) }
    }

    /// Whether the filter's answer changes with the clock (`is:breached`).
    var dependsOnTime: Bool { clauses.contains { $0.test == .breached } }

    /// Whether every ticket this filter lets through also passes `other`.
    func narrows(_ other: TicketFilter) -> Bool {
        other.clauses.allSatisfy { theirs in clauses.contains { $0.implies(theirs) } }
    }

    /// Everything a plain word may match in a ticket, folded, as UTF-8 (fields apart on
    /// lines, since no word contains a newline).
    static func searchKey(for ticket: Ticket) -> [UInt8] {
        var key: [UInt8] = []
        appendSearchKey(for: ticket, to: &key)
        return key
    }

    /// Appends ``searchKey(for:)`` to `bytes`, straight into the corpus.
    static func appendSearchKey(for ticket: Ticket, to bytes: inout [UInt8]) {
        for field in [ticket.title, ticket.customerName, ticket.customerAddress] {
            TextFolding.appendFolded(field, to: &bytes)
            bytes.append(0x0A)
        }
        bytes.append(contentsOf: ticket.status.rawValue.utf8)
        bytes.append(0x0A)
        bytes.append(contentsOf: ticket.priority.rawValue.utf8)
        bytes.append(0x0A)
        TextFolding.appendFolded(ticket.assignedAgent?.name ?? "", to: &bytes)
        bytes.append(0x0A)
        TextFolding.appendFolded(ticket.assignedGroup?.name ?? "", to: &bytes)
        bytes.append(0x0A)
        bytes.append(UInt8(ascii: "#"))
        bytes.append(contentsOf: ticket.id.description.utf8)
        for tag in ticket.tags {
            bytes.append(0x0A)
            TextFolding.appendFolded(tag, to: &bytes)
        }
    }
}
