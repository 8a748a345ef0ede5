import TickettyCore

/// How long to wait before trying a failed write again.
///
/// A rate limit waits what the server asked for (capped, so a hostile `Retry-After` cannot
/// silence the client for a day); other passing failures double from 2 s up to a minute, with
/// jitter so clients that lost the same server do not all come back in step.
struct RetryDelay: Sendable {
    static let maximumBackoff: Double = 60
    static let maximumRetryAfter: Double = 3600

    /// A number in 0..<1 for the jitter; injectable so tests see exact delays.
    var random: @Sendable () -> Double = { Double.random(in: 0..<1) }

    /// Seconds to wait after the `failures`-th failure in a row (1 for the first).
    func seconds(after error: BackendError, failures: Int) -> Double {
        if case .rateLimited(let retryAfter?) = error {
            return min(max(1, Double(retryAfter)), Self.maximumRetryAfter)
        }
        let exponent = min(max(failures, 1), 6)
        let ceiling = min(Double(1 << exponent), Self.maximumBackoff)
        // "Equal jitter": at least half the ceiling, so retries never come in a burst.
        return ceiling / 2 + ceiling / 2 * random()
    }
}
