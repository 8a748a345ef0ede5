import Foundation
import GRDB
import TickettyStore

/// The writes the agent made that the server has not confirmed yet. They survive a crash or
/// power loss and are replayed in the order of their ids.
extension AccountCache {
    /// Adds `entry` to the outbox, replacing a kept entry with the same id (as `WriteJournal`
    /// asks); it is on disk when this returns (the transaction syncs with `synchronous = FULL`).
    public func enqueue(_ entry: OutboxEntry) throws(CacheError) {
        let write = try Self.encode(entry)
        try durableWrite("keep write #\(entry.id)") { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO outbox (id, write, createdAt, notBefore, attempts) VALUES (?, ?, ?, ?, ?)",
                arguments: Self.arguments(entry, write: write))
        }
    }

    /// Stores the new state of an entry (more attempts, a later `notBefore`). An entry that
    /// is no longer in the outbox (confirmed meanwhile) stays gone.
    public func update(_ entry: OutboxEntry) throws(CacheError) {
        let write = try Self.encode(entry)
        try durableWrite("update write #\(entry.id)") { db in
            try db.execute(
                sql: "UPDATE outbox SET write = ?, createdAt = ?, notBefore = ?, attempts = ? WHERE id = ?",
                arguments: [write, entry.createdAt.timeIntervalSinceReferenceDate,
                    entry.notBefore?.timeIntervalSinceReferenceDate, entry.attempts, entry.id])
        }
    }

    /// Removes a write the server confirmed or refused for good.
    public func removeFromOutbox(_ id: Int) throws(CacheError) {
        try durableWrite("remove write #\(id)") { db in
            try db.execute(sql: "DELETE FROM outbox WHERE id = ?", arguments: [id])
        }
    }

    /// Every kept write, in ascending id. An entry that no longer decodes (written by a newer
    /// build with a kind of write this one lacks) is skipped but stays on disk.
    public func outboxEntries() throws(CacheError) -> [OutboxEntry] {
        try read("load the outbox") { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, write, createdAt, notBefore, attempts FROM outbox ORDER BY id")
            let decoder = JSONDecoder()
            var entries: [OutboxEntry] = []
            while let row = try rows.next() {
                if let entry = try? Self.entry(row, decoder) { entries.append(entry) }
            }
            return entries
        }
    }

    private static func entry(_ row: Row, _ decoder: JSONDecoder) throws -> OutboxEntry {
        OutboxEntry(
            id: try row.decode(Int.self, atIndex: 0),
            write: try decoder.decode(Write.self, from: try row.decode(Data.self, atIndex: 1)),
            createdAt: Date(timeIntervalSinceReferenceDate: try row.decode(Double.self, atIndex: 2)),
            notBefore: try row.decode(Double?.self, atIndex: 3).map(Date.init(timeIntervalSinceReferenceDate:)),
            attempts: try row.decode(Int.self, atIndex: 4))
    }

    private static func encode(_ entry: OutboxEntry) throws(CacheError) -> Data {
        do {
            return try JSONEncoder().encode(entry.write)
        } catch {
            throw CacheError(.failed, "cache: cannot encode write #\(entry.id): \(error)")
        }
    }

    private static func arguments(_ entry: OutboxEntry, write: Data) -> StatementArguments {
        [entry.id, write, entry.createdAt.timeIntervalSinceReferenceDate,
            entry.notBefore?.timeIntervalSinceReferenceDate, entry.attempts]
    }
}
