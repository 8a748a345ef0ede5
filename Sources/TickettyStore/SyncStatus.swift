import Foundation
import TickettyCore

/// What the background sync is doing, for the status line.
public enum SyncStatus: Hashable, Sendable {
    /// Nothing loaded yet.
    case idle
    /// A refresh is under way; `loaded` of `total` tickets so far when known.
    case syncing(loaded: Int, total: Int?)
    /// The last refresh finished at this time.
    case upToDate(Date)
    /// The last refresh failed; the next attempt is due at `retryAt` if scheduled.
    case failed(BackendError, retryAt: Date?)
}
