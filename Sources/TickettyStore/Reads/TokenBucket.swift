import Foundation

/// A rate limit: up to `capacity` requests at once, then one per `1 / refillPerSecond` seconds.
///
/// The bucket holds tokens; each request takes one, and tokens flow back at a steady rate up
/// to the capacity. A desk allowing 300 requests a minute with bursts of 10:
///
/// ```swift
/// var bucket = TokenBucket(requestsPerMinute: 300, burst: 10, now: clock.now)
/// if bucket.tryTake(at: clock.now) { start() } else { wait(bucket.timeUntilNextToken(at: clock.now)) }
/// ```
public struct TokenBucket: Hashable, Sendable {
    /// The most tokens the bucket holds: the largest burst.
    public let capacity: Double
    /// Tokens added per second.
    public let refillPerSecond: Double
    /// Tokens held at `updatedAt`.
    public private(set) var tokens: Double
    private var updatedAt: Date

    /// Rounding slack, so a token due at exactly `t` is there at `t`.
    private static let epsilon = 1e-9

    /// A full bucket.
    ///
    /// - Parameters:
    ///   - requestsPerMinute: The sustained rate; at least one a minute.
    ///   - burst: How many requests may start at once after a quiet spell; at least one.
    public init(requestsPerMinute: Double, burst: Int, now: Date) {
        let rate = requestsPerMinute.isFinite ? max(1, requestsPerMinute) : 1
        self.capacity = Double(max(1, burst))
        self.refillPerSecond = rate / 60
        self.tokens = capacity
        self.updatedAt = now
    }

    /// Takes a token if one is there.
    public mutating func tryTake(at now: Date) -> Bool {
        refill(at: now)
        guard tokens >= 1 - Self.epsilon else { return false }
        tokens = max(0, tokens - 1)
        return true
    }

    /// Seconds until a token is there (0 when one is there now).
    public mutating func timeUntilNextToken(at now: Date) -> TimeInterval {
        refill(at: now)
        return max(0, (1 - tokens) / refillPerSecond)
    }

    private mutating func refill(at now: Date) {
        // A clock set back adds nothing (and must not take tokens away either).
        let elapsed = max(0, now.timeIntervalSince(updatedAt))
        tokens = min(capacity, tokens + elapsed * refillPerSecond)
        updatedAt = max(updatedAt, now)
    }
}
