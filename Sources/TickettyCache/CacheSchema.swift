import Foundation
import GRDB
import TickettyCore

/// The database's tables, built by named migrations that only ever move forward.
///
/// A migration never drops data a previous build wrote: an upgrade keeps the cached tickets,
/// timelines, drafts and above all the outbox. `PRAGMA user_version` mirrors the number of
/// migrations applied so `sqlite3 file.sqlite 'PRAGMA user_version'` shows the version.
///
/// Dates are stored as seconds since 2001-01-01 (`Date.timeIntervalSinceReferenceDate`),
/// which round-trips a `Date` exactly.
enum CacheSchema {
    /// The identifier of the newest migration this build knows.
    static let latestVersion = "v2 message search"

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try createCoreTables(db)
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        migrator.registerMigration("v2 message search") { db in
            try MessageSearchIndex.create(db)
            try MessageSearchIndex.rebuild(db)
            try db.execute(sql: "PRAGMA user_version = 2")
        }
        return migrator
    }()

    /// Tickets in columns, timelines as JSON, the directory, facts, outbox and drafts.
    private static func createCoreTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE ticket (
                    id INTEGER PRIMARY KEY,
                    title TEXT NOT NULL,
                    status TEXT NOT NULL,
                    priority TEXT NOT NULL,
                    customerName TEXT NOT NULL,
                    customerAddress TEXT NOT NULL,
                    channel TEXT NOT NULL,
                    channelID INTEGER NOT NULL,
                    groupID INTEGER,
                    groupName TEXT,
                    agentID INTEGER,
                    agentName TEXT,
                    tags TEXT NOT NULL,
                    createdAt REAL NOT NULL,
                    lastUpdate REAL NOT NULL,
                    slaNextBreach REAL
                );
                CREATE INDEX ticket_byLastUpdate ON ticket(lastUpdate DESC, id DESC);
                CREATE TABLE ticketDetail (
                    ticketID INTEGER PRIMARY KEY,
                    json BLOB NOT NULL
                );
                CREATE TABLE agent (
                    position INTEGER PRIMARY KEY,
                    id INTEGER NOT NULL,
                    name TEXT NOT NULL
                );
                CREATE TABLE agentGroup (
                    position INTEGER PRIMARY KEY,
                    id INTEGER NOT NULL,
                    name TEXT NOT NULL
                );
                CREATE TABLE fact (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                );
                CREATE TABLE outbox (
                    id INTEGER PRIMARY KEY,
                    write BLOB NOT NULL,
                    createdAt REAL NOT NULL,
                    notBefore REAL,
                    attempts INTEGER NOT NULL
                );
                CREATE TABLE draft (
                    ticketID INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    text TEXT NOT NULL,
                    cursor INTEGER NOT NULL,
                    PRIMARY KEY (ticketID, kind)
                );
                """)
    }
}
