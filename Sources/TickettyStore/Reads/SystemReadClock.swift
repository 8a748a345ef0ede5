import Foundation

/// The real clock: wall time for deadlines, the monotonic clock for waiting.
public struct SystemReadClock: ReadClock {
    public init() {}

    public var now: Date { Date() }

    public func sleep(until deadline: Date) async throws {
        let seconds = deadline.timeIntervalSinceNow
        guard seconds > 0 else { return try Task.checkCancellation() }
        try await Task.sleep(for: .seconds(seconds), clock: .continuous)
    }
}
