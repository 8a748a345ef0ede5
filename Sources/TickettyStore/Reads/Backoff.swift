import Foundation

/// How long to wait before retrying a read that failed for a passing reason (5xx, timeout, a
/// dropped connection): exponentially longer each time, spread by jitter, never past a cap.
///
/// Jitter keeps many clients that failed together from retrying together. The random numbers
/// come from the caller, so tests can pin them:
///
/// ```swift
/// let backoff = Backoff(base: 1, cap: 60, jitter: .full)
/// backoff.delay(attempt: 3, previous: nil, random: 0.5)  // 0.5 × 8 = 4 s
/// ```
public struct Backoff: Hashable, Sendable {
    /// How the exponential delay is spread.
    public enum Jitter: Hashable, Sendable {
        /// Exactly `base × 2^(attempt-1)`, capped.
        case none
        /// Anywhere from 0 to the exponential delay ("full jitter").
        case full
        /// Anywhere from `base` to three times the previous delay, capped ("decorrelated
        /// jitter"); never below `base`, so a retry never comes at once.
        case decorrelated
    }

    /// The first delay, in seconds.
    public var base: Double
    /// The longest delay, in seconds.
    public var cap: Double
    public var jitter: Jitter

    public init(base: Double = 1, cap: Double = 60, jitter: Jitter = .decorrelated) {
        self.base = base.isFinite ? max(0, base) : 1
        self.cap = cap.isFinite ? max(self.base, cap) : 60
        self.jitter = jitter
    }

    /// Seconds to wait before the next try.
    ///
    /// - Parameters:
    ///   - attempt: How many tries have failed so far, from 1.
    ///   - previous: The delay used before the last try, for decorrelated jitter.
    ///   - random: A number in `0...1` (from the system generator, or fixed by a test).
    public func delay(attempt: Int, previous: Double?, random: Double) -> Double {
        let fraction = random.isFinite ? min(max(random, 0), 1) : 1
        // 2^(attempt-1), without overflowing for absurd attempt counts.
        let exponent = min(max(attempt, 1) - 1, 62)
        let exponential = min(cap, base * Double(UInt64(1) << UInt64(exponent)))
        switch jitter {
        case .none:
            return exponential
        case .full:
            return exponential * fraction
        case .decorrelated:
            let upper = min(cap, max(base, (previous ?? base) * 3))
            return min(cap, base + (upper - base) * fraction)
        }
    }
}
