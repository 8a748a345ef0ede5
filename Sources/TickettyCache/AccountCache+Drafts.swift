import GRDB
import TickettyCore
import TickettyStore

/// The replies and notes being typed, saved as the agent types so a crash loses nothing.
extension AccountCache {
    /// Stores `draft`, replacing the one with the same key.
    public func save(_ draft: Draft) throws(CacheError) {
        try write("save the draft of #\(draft.ticketID)") { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO draft (ticketID, kind, text, cursor) VALUES (?, ?, ?, ?)",
                arguments: [draft.ticketID.rawValue, draft.kind.rawValue, draft.text, draft.cursor])
        }
    }

    /// Forgets a draft (sent, or discarded by the agent).
    public func removeDraft(_ key: DraftKey) throws(CacheError) {
        try write("remove the draft of #\(key.ticketID)") { db in
            try db.execute(
                sql: "DELETE FROM draft WHERE ticketID = ? AND kind = ?",
                arguments: [key.ticketID.rawValue, key.kind.rawValue])
        }
    }

    /// Every kept draft, by ticket id then kind. A row of an unknown kind is skipped.
    public func loadDrafts() throws(CacheError) -> [Draft] {
        try read("load drafts") { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT ticketID, kind, text, cursor FROM draft ORDER BY ticketID, kind")
            var drafts: [Draft] = []
            while let row = try rows.next() {
                guard let id = try? row.decode(Int.self, atIndex: 0),
                    let kind = (try? row.decode(String.self, atIndex: 1)).flatMap(OutgoingMessage.Kind.init(rawValue:)),
                    let text = try? row.decode(String.self, atIndex: 2),
                    let cursor = try? row.decode(Int.self, atIndex: 3)
                else { continue }
                drafts.append(Draft(ticketID: TicketID(rawValue: id), kind: kind, text: text, cursor: cursor))
            }
            return drafts
        }
    }
}
