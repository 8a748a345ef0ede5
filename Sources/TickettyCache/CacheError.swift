/// Why the local database could not be opened, read or written.
///
/// The `description` is a sentence for the status line; it names the file when the file itself
/// is the problem, so the agent knows what to move aside.
///
/// ```swift
/// do { cache = try AccountCache.open(account: host, in: directory) }
/// catch { status = error.description } // "/home/a/.cache/ticketty/x.sqlite is not a database …"
/// ```
public struct CacheError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of failure this is, for callers that react differently to each.
    public enum Reason: Hashable, Sendable {
        /// The file exists but is not a SQLite database, or is damaged.
        case unreadable
        /// The file was written by a newer ticketty whose schema this build does not know.
        case newerSchema
        /// The directory or file could not be created or opened.
        case inaccessible
        /// A read or write failed (disk full, I/O error, constraint).
        case failed
    }

    public let reason: Reason
    /// A sentence for the status line.
    public let message: String

    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    public var description: String { message }
}
