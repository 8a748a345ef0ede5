import Foundation
import TickettyCore

/// A write as the outbox keeps it: on disk before it is first attempted, removed once the
/// server confirmed or refused it for good.
///
/// `attempts` above zero means a request may have reached the server, so a reply or note with
/// attempts is checked against the ticket's timeline before it is sent again.
public struct OutboxEntry: Hashable, Sendable, Codable {
    /// The write's id, unique across restarts (the store continues after the highest kept).
    public var id: Int
    public var write: Write
    /// When the agent made the write.
    public var createdAt: Date
    /// Not to be sent before this time (a reply held for undo-send); `nil` sends at once.
    public var notBefore: Date?
    /// How many times sending was started.
    public var attempts: Int

    public init(id: Int, write: Write, createdAt: Date, notBefore: Date? = nil, attempts: Int = 0) {
        self.id = id
        self.write = write
        self.createdAt = createdAt
        self.notBefore = notBefore
        self.attempts = attempts
    }
}
