import GRDB
import TickettyCore

/// The tickets as the server last sent them. No optimistic edit is ever stored here: the
/// outbox holds the agent's writes until the server confirms them.
extension AccountCache {
    /// Inserts or replaces `tickets`, all in one transaction.
    public func save(_ tickets: [Ticket]) throws(CacheError) {
        guard !tickets.isEmpty else { return }
        try write("save \(tickets.count) tickets") { db in try Self.upsert(tickets, db) }
    }

    /// Forgets these tickets and their timelines (deleted on the server, or merged away).
    public func removeTickets(_ ids: [TicketID]) throws(CacheError) {
        guard !ids.isEmpty else { return }
        try write("remove \(ids.count) tickets") { db in
            let ticket = try db.cachedStatement(sql: "DELETE FROM ticket WHERE id = ?")
            let detail = try db.cachedStatement(sql: "DELETE FROM ticketDetail WHERE ticketID = ?")
            for id in ids {
                try ticket.execute(arguments: [id.rawValue])
                try detail.execute(arguments: [id.rawValue])
            }
            try MessageSearchIndex.remove(ids, db)
        }
    }

    /// A page of tickets, most recently updated first (ties: higher id first).
    /// Rows that no longer decode are skipped.
    public func loadTickets(offset: Int, limit: Int) throws(CacheError) -> [Ticket] {
        guard limit > 0 else { return [] }
        return try read("load tickets") { db in
            let statement = try db.cachedStatement(
                sql: """
                    SELECT \(TicketColumns.names) FROM ticket
                    ORDER BY lastUpdate DESC, id DESC LIMIT ? OFFSET ?
                    """)
            let rows = try Row.fetchCursor(statement, arguments: [limit, max(0, offset)])
            var tickets: [Ticket] = []
            tickets.reserveCapacity(limit)
            while let row = try rows.next() {
                if let ticket = try? TicketColumns.ticket(row) { tickets.append(ticket) }
            }
            return tickets
        }
    }

    /// How many tickets are cached.
    public func ticketCount() throws(CacheError) -> Int {
        try read("count tickets") { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ticket") ?? 0 }
    }

    static func upsert(_ tickets: [Ticket], _ db: Database) throws {
        let statement = try db.cachedStatement(sql: TicketColumns.upsertSQL)
        for ticket in tickets { try statement.execute(arguments: TicketColumns.arguments(ticket)) }
    }
}
