import Foundation

/// The limits the ``ReadQueue`` keeps to: how many reads at once, how many a minute, and how
/// it retries.
///
/// ```swift
/// var configuration = ReadQueueConfiguration()
/// configuration.requestsPerMinute = 120   // Teamwork Desk's limit
/// ```
public struct ReadQueueConfiguration: Hashable, Sendable {
    /// Reads running at the same time.
    public var maxConcurrent: Int
    /// The sustained request rate the queue keeps to.
    public var requestsPerMinute: Double
    /// Reads that may start at once after a quiet spell.
    public var burst: Int
    /// Delays between retries of a read that failed for a passing reason.
    public var backoff: Backoff
    /// Tries of one read before its failure is reported for good.
    public var maxAttempts: Int
    /// The longest `Retry-After` honoured: a hostile server must not silence the client for a day.
    public var maximumRetryAfter: Double

    /// Omnidesk's defaults: 4 at once, 300 a minute in bursts of 10, retries over about a minute.
    public init(
        maxConcurrent: Int = 4, requestsPerMinute: Double = 300, burst: Int = 10,
        backoff: Backoff = Backoff(), maxAttempts: Int = 6, maximumRetryAfter: Double = 3600
    ) {
        self.maxConcurrent = maxConcurrent
        self.requestsPerMinute = requestsPerMinute
        self.burst = burst
        self.backoff = backoff
        self.maxAttempts = maxAttempts
        self.maximumRetryAfter = maximumRetryAfter
    }
}
