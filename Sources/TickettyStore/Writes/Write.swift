import Foundation
import TickettyCore

/// A change the agent made that must reach the server.
///
/// Writes are values so they can be compared in tests, kept in an outbox and replayed.
public enum Write: Hashable, Sendable, Codable {
    case setStatus(TicketStatus, [TicketID])
    case setPriority(TicketPriority, [TicketID])
    case assign(Assignee, [TicketID])
    case post(OutgoingMessage, Ticket)
    /// Adds and removes tags on every ticket in the list with one request.
    case updateTags(adding: [String], removing: [String], [TicketID])
    case setTitle(String, TicketID)
    /// Opens a ticket; the first message, if any, is posted on it once it exists (a reply for
    /// outbound tickets, a note for inbound ones), because the API creates tickets empty.
    case create(NewTicket, firstMessage: OutgoingMessage?)
    /// Deletes every ticket in the list with one request.
    case delete([TicketID])
    case unlinkCustomer(TicketID)

    /// Whether this is a reply to the customer (held for undo-send).
    public var isReply: Bool {
        if case .post(let message, _) = self { message.kind == .reply } else { false }
    }

    /// The tickets this write changes.
    public var ticketIDs: [TicketID] {
        switch self {
        case .setStatus(_, let ids), .setPriority(_, let ids), .assign(_, let ids), .updateTags(_, _, let ids),
            .delete(let ids):
            ids
        case .post(_, let ticket): [ticket.id]
        case .setTitle(_, let id), .unlinkCustomer(let id): [id]
        case .create: []
        }
    }
}

/// A write that has been shown optimistically but not yet confirmed by the server.
public struct PendingWrite: Hashable, Sendable {
    /// Correlates the effect that sends the write with the action that reports its outcome.
    public var id: Int
    public var write: Write
    /// The tickets as they were before the write, to roll back to if the server refuses it.
    public var previous: [Ticket]
    /// Held until then before sending (a reply, for undo-send).
    public var holdUntil: Date?
    /// When the runner tries again after a passing failure, if it failed.
    public var retryAt: Date?

    public init(id: Int, write: Write, previous: [Ticket], holdUntil: Date? = nil, retryAt: Date? = nil) {
        self.id = id
        self.write = write
        self.previous = previous
        self.holdUntil = holdUntil
        self.retryAt = retryAt
    }
}
