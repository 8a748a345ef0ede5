import Foundation
import GRDB

@testable import TickettyCache

/// Raw access to a cache file, to build databases as older (or newer) builds left them.
enum LegacyDatabase {
    /// Marks the database as migrated by a build that knows `identifier`.
    static func recordMigration(_ identifier: String, in file: URL) throws {
        let queue = try DatabaseQueue(path: file.path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [identifier])
        }
    }

    static func count(_ table: String, in file: URL) throws -> Int {
        let queue = try DatabaseQueue(path: file.path)
        return try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }

    /// Opens `file` and applies the migrations up to and including `identifier` only.
    static func migrate(_ file: URL, upTo identifier: String, then body: (Database) throws -> Void) throws {
        let queue = try DatabaseQueue(path: file.path)
        try CacheSchema.migrator.migrate(queue, upTo: identifier)
        try queue.write(body)
    }

    static func execute(_ sql: String, in file: URL) throws {
        let queue = try DatabaseQueue(path: file.path)
        try queue.write { db in try db.execute(sql: sql) }
    }
}
