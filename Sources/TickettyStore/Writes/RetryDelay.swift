import TickettyCore

/// How long to wait before trying a failed write again.
///
/// A rate limit waits what the server asked for (capped, so a hostile `Retry-After` cannot
/// silence the client for a day); other passing failures double from 2 s up to a minute, with
/// jitter so clients that lost the same server do not all come back in step.
struct RetryDelay: Sendable {
    static let maximumRetryAfter: Double = 3600

    /// 2, 4, 8 … s, capped at a minute: the read queue's exponential rule, without its jitter.
    static let exponential = Backoff(base: 2, cap: 60, jitter: .none)

    /// A number in 0..<1 for the jitter; injectable so tests see exact delays.
    var random: @Sendable () -> Double = { Double.random(in: 0..<1) }

    /// Seconds to wait after the `failures`-th failure in a row (1 for the first).
    func seconds(after error: BackendError, failures: Int) -> Double {
        if case .rateLimited(let retryAfter?) = error {
            return min(max(1, Double(retryAfter)), Self.maximumRetryAfter)
        }
        let ceiling = Self.exponential.delay(attempt: failures, previous: nil, random: 1)
        // "Equal jitter": at least half the ceiling, so retries never come in a burst.
        return ceiling / 2 + ceiling / 2 * random()
    }
}
