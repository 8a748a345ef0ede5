import Foundation
import TickettyCore

/// What became of a read submitted to the ``ReadQueue``.
public enum ReadEvent<Value: Sendable>: Sendable {
    /// The read succeeded; `priority` is the highest it was asked for, which decides whether
    /// a ticket was opened or only prefetched.
    case loaded(ReadRequest, Value, priority: ReadPriority)
    /// The read failed for a passing reason and runs again at `retryAt`.
    case retrying(ReadRequest, BackendError, retryAt: Date)
    /// The read failed for good: an error a retry cannot fix, or too many tries.
    case failed(ReadRequest, BackendError)
}

extension ReadEvent: Equatable where Value: Equatable {}
