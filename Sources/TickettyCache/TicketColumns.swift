import Foundation
import GRDB
import TickettyCore

/// How a `Ticket` maps onto the columns of the `ticket` table, both ways.
///
/// Reading is the hot path (100 000 tickets at start), so rows are decoded by column index
/// through GRDB's statement-level decoding, without Codable or JSON.
enum TicketColumns {
    static let names =
        "id, title, status, priority, customerName, customerAddress, channel, channelID, groupID, groupName, agentID, agentName, tags, createdAt, lastUpdate, slaNextBreach"

    static let upsertSQL = """
        INSERT OR REPLACE INTO ticket (\(names))
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Tags are joined with the ASCII unit separator: sanitised server text never contains
    /// control characters, and splitting is far cheaper than JSON for 100 000 rows.
    static let tagSeparator: Character = "\u{1F}"

    static func arguments(_ ticket: Ticket) -> StatementArguments {
        let tags = ticket.tags.map { $0.filter { $0 != tagSeparator } }.joined(
            separator: String(tagSeparator))
        let values: [(any DatabaseValueConvertible)?] = [
            ticket.id.rawValue, ticket.title, ticket.status.rawValue, ticket.priority.rawValue,
            ticket.customerName, ticket.customerAddress, ticket.channel, ticket.channelID,
            ticket.assignedGroup?.id, ticket.assignedGroup?.name,
            ticket.assignedAgent?.id, ticket.assignedAgent?.name,
            tags, ticket.createdAt.timeIntervalSinceReferenceDate,
            ticket.lastUpdate.timeIntervalSinceReferenceDate,
            ticket.slaNextBreach?.timeIntervalSinceReferenceDate,
        ]
        return StatementArguments(values)
    }

    /// The ticket in a row selected with `names`; throws if a column holds NULL where a value
    /// belongs (a damaged row, which the caller skips).
    static func ticket(_ row: Row) throws -> Ticket {
        let groupID = try row.decode(Int?.self, atIndex: 8)
        let agentID = try row.decode(Int?.self, atIndex: 10)
        let tags = try row.decode(String.self, atIndex: 12)
        return Ticket(
            id: TicketID(rawValue: try row.decode(Int.self, atIndex: 0)),
            title: try row.decode(String.self, atIndex: 1),
            // A status or priority from a newer build or another backend must not lose the
            // ticket: it shows as open / medium until the server sends it again.
            status: TicketStatus(rawValue: try row.decode(String.self, atIndex: 2)) ?? .open,
            priority: TicketPriority(rawValue: try row.decode(String.self, atIndex: 3)) ?? .medium,
            customerName: try row.decode(String.self, atIndex: 4),
            customerAddress: try row.decode(String.self, atIndex: 5),
            channel: try row.decode(String.self, atIndex: 6),
            channelID: try row.decode(Int.self, atIndex: 7),
            assignedGroup: try groupID.map {
                AgentGroup(id: $0, name: try row.decode(String?.self, atIndex: 9) ?? "")
            },
            assignedAgent: try agentID.map {
                Agent(id: $0, name: try row.decode(String?.self, atIndex: 11) ?? "")
            },
            tags: tags.isEmpty ? [] : tags.split(separator: tagSeparator).map(String.init),
            createdAt: Date(timeIntervalSinceReferenceDate: try row.decode(Double.self, atIndex: 13)),
            lastUpdate: Date(timeIntervalSinceReferenceDate: try row.decode(Double.self, atIndex: 14)),
            slaNextBreach: try row.decode(Double?.self, atIndex: 15).map(Date.init(timeIntervalSinceReferenceDate:)))
    }
}
