import Foundation
import TickettyCore
@testable import TickettyStore

/// A ``ReadQueue`` over ``ScriptedReads`` on a ``TestClock``, with its events in order.
final class ReadQueueHarness {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    let clock = TestClock(now: ReadQueueHarness.start)
    let reads = ScriptedReads()
    let queue: ReadQueue<String>
    private var events: AsyncStream<ReadEvent<String>>.Iterator

    init(_ configuration: ReadQueueConfiguration = ReadQueueConfiguration(), random: Double = 1) {
        let (stream, continuation) = AsyncStream.makeStream(of: ReadEvent<String>.self)
        events = stream.makeAsyncIterator()
        let reads = self.reads
        queue = ReadQueue(
            configuration: configuration, clock: clock, random: { random },
            perform: { request throws(BackendError) in try await reads.perform(request) },
            report: { continuation.yield($0) })
    }

    /// The next outcome the queue reports.
    func nextEvent() async -> ReadEvent<String>? {
        await events.next()
    }

    /// The time `seconds` after the test started.
    func at(_ seconds: Double) -> Date {
        Self.start.addingTimeInterval(seconds)
    }
}
