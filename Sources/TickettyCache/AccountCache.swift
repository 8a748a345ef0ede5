import Foundation
import GRDB

/// The local SQLite database of one helpdesk account: the tickets, timelines, agents and groups
/// last seen on the server, the outbox of writes not yet confirmed, and the drafts being typed.
///
/// ticketty starts from it instantly and never loses an agent's write: `enqueue(_:)` returns
/// only once the write is on disk. Files are opened as a WAL `DatabasePool`, so reads run
/// alongside a write; every method is synchronous, thread-safe and meant for background tasks.
///
/// ```swift
/// let cache = try AccountCache.open(
///     account: "acme.omnidesk.com",
///     in: AccountCache.defaultDirectory(environment: ProcessInfo.processInfo.environment))
/// let firstPage = try cache.loadTickets(offset: 0, limit: 500)
/// ```
///
/// ## Topics
/// - Tickets: ``save(_:)-([Ticket])``, ``loadTickets(offset:limit:)``, ``removeTickets(_:)``
/// - Timelines: ``save(_:)-(TicketDetail)``, ``loadDetail(_:)``,
///   ``ticketIDs(withMessagesMatching:limit:)``
/// - Outbox: ``enqueue(_:)``, ``update(_:)``, ``removeFromOutbox(_:)``, ``outboxEntries()``
/// - Drafts: ``save(_:)-(Draft)``, ``removeDraft(_:)``, ``loadDrafts()``
public final class AccountCache: Sendable {
    let writer: any DatabaseWriter
    /// The database file, or `nil` for an in-memory cache.
    public let fileURL: URL?

    private init(writer: any DatabaseWriter, fileURL: URL?) {
        self.writer = writer
        self.fileURL = fileURL
    }

    /// Opens (creating if needed) `<directory>/<slug>.sqlite` for an account, where slug is a
    /// filesystem-safe form of the account name (host). The directory is created 0700, the
    /// file 0600. Runs migrations.
    ///
    /// - Throws: `CacheError` naming the file if it is corrupt or not a database
    ///   (`.unreadable`), or has a schema newer than this build knows (`.newerSchema`).
    ///   The file is never wiped: the agent decides whether to move it aside.
    public static func open(account: String, in directory: URL) throws(CacheError) -> AccountCache {
        let fileURL = directory.appendingPathComponent(AccountSlug.fileName(for: account))
        try CacheFiles.prepare(directory: directory, file: fileURL)
        var configuration = Configuration()
        // A second ticketty on the same account waits for the other's write instead of failing.
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            // NORMAL in WAL mode survives a crash of ticketty; the outbox asks for FULL itself.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: fileURL.path, configuration: configuration)
        } catch {
            throw CacheError.opening(fileURL, error)
        }
        try migrate(pool, fileURL: fileURL)
        return AccountCache(writer: pool, fileURL: fileURL)
    }

    /// `$XDG_CACHE_HOME/ticketty`, else `$HOME/.cache/ticketty`.
    public static func defaultDirectory(environment: [String: String]) -> URL {
        // The XDG spec ignores relative paths.
        if let cacheHome = environment["XDG_CACHE_HOME"], cacheHome.hasPrefix("/") {
            return URL(fileURLWithPath: cacheHome, isDirectory: true)
                .appendingPathComponent("ticketty", isDirectory: true)
        }
        let home =
            environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.homeDirectoryForCurrentUser.path
        return URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".cache", isDirectory: true)
            .appendingPathComponent("ticketty", isDirectory: true)
    }

    /// A cache that lives in memory only, with the same schema: for tests.
    public static func inMemory() throws(CacheError) -> AccountCache {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue()
        } catch {
            throw CacheError(.failed, "cannot create an in-memory cache: \(error)")
        }
        try migrate(queue, fileURL: nil)
        return AccountCache(writer: queue, fileURL: nil)
    }

    /// The identifier of the newest migration applied to this database ("v2 message search").
    public func schemaVersion() throws(CacheError) -> String? {
        try read("read the schema version") { db in
            try CacheSchema.migrator.completedMigrations(db).last
        }
    }

    /// Refuses a database from a newer build, then applies the migrations this one lacks.
    private static func migrate(_ writer: any DatabaseWriter, fileURL: URL?) throws(CacheError) {
        let name = fileURL?.path ?? "the in-memory cache"
        do {
            let superseded = try writer.read { db in try CacheSchema.migrator.hasBeenSuperseded(db) }
            if superseded {
                throw CacheError(
                    .newerSchema,
                    "\(name) was written by a newer ticketty; update ticketty or move the file aside")
            }
            try CacheSchema.migrator.migrate(writer)
        } catch let error as CacheError {
            throw error
        } catch {
            throw CacheError.opening(fileURL, error)
        }
    }
}
