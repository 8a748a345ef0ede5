import Foundation
import GRDB
import TickettyCore

/// Whole timelines, kept as JSON (read one at a time), plus the index that searches them.
extension AccountCache {
    /// Stores `detail`, upserts `detail.ticket`, and indexes its message text for search.
    public func save(_ detail: TicketDetail) throws(CacheError) {
        let json: Data
        do {
            json = try JSONEncoder().encode(detail)
        } catch {
            throw CacheError(.failed, "cache: cannot encode ticket #\(detail.ticket.id): \(error)")
        }
        try write("save ticket #\(detail.ticket.id)") { db in
            try Self.upsert([detail.ticket], db)
            try db.execute(
                sql: "INSERT OR REPLACE INTO ticketDetail (ticketID, json) VALUES (?, ?)",
                arguments: [detail.ticket.id.rawValue, json])
            try MessageSearchIndex.index(detail, db)
        }
    }

    /// The cached timeline of ticket `id`, or `nil` if none is cached or it no longer decodes.
    ///
    /// Its `ticket` is the one in the ticket table when there is one: a later list sync may
    /// have brought a newer state of the ticket than the timeline was saved with.
    public func loadDetail(_ id: TicketID) throws(CacheError) -> TicketDetail? {
        let (json, ticket) = try read("load ticket #\(id)") { db -> (Data?, Ticket?) in
            let json = try Data.fetchOne(
                db, sql: "SELECT json FROM ticketDetail WHERE ticketID = ?", arguments: [id.rawValue])
            let row = try Row.fetchOne(
                db, sql: "SELECT \(TicketColumns.names) FROM ticket WHERE id = ?",
                arguments: [id.rawValue])
            return (json, row.flatMap { try? TicketColumns.ticket($0) })
        }
        guard let json, var detail = try? JSONDecoder().decode(TicketDetail.self, from: json),
            detail.ticket.id == id
        else { return nil }
        if let ticket { detail.ticket = ticket }
        return detail
    }

    /// Tickets whose cached messages contain every word (case- and accent-insensitive
    /// substring), most recently updated first. No words (or only empty ones) find nothing.
    public func ticketIDs(withMessagesMatching words: [String], limit: Int) throws(CacheError)
        -> [TicketID]
    {
        try read("search messages") { db in
            try MessageSearchIndex.ticketIDs(matching: words, limit: limit, db)
        }
    }
}
