import Foundation

/// The time source of the ``ReadQueue``: what time it is, and a way to wait until later.
///
/// The app uses ``SystemReadClock``; tests use ``TestClock``, which only moves when told to, so
/// backoff, rate limiting and `Retry-After` can be checked without real sleeps.
public protocol ReadClock: Sendable {
    /// The current time.
    var now: Date { get }
    /// Returns at `deadline` (at once if it has passed).
    ///
    /// - Throws: `CancellationError` when the waiting task is cancelled first.
    func sleep(until deadline: Date) async throws
}
