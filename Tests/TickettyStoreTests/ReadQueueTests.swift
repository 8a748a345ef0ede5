import Foundation
import TickettyCore
import XCTest
@testable import TickettyStore

/// The read queue's order, coalescing, cancellation, rate limit and retries, on a test clock.
final class ReadQueueTests: XCTestCase {
    private let page0 = ReadRequest.tickets(TicketQuery(start: 0, limit: 500))
    private let page1 = ReadRequest.tickets(TicketQuery(start: 500, limit: 500))

    func testTheOpenTicketGoesFirstThenTheVisiblePageThenPrefetchThenTheRest() async {
        let harness = ReadQueueHarness(ReadQueueConfiguration(maxConcurrent: 1))
        harness.queue.submit(.agents, priority: .background)
        await harness.reads.waitForStarted(1)
        harness.queue.submit(page1, priority: .background)
        harness.queue.submit(.ticket(5), priority: .prefetch)
        harness.queue.submit(page0, priority: .visiblePage)
        harness.queue.submit(.ticket(6), priority: .prefetch)
        harness.queue.submit(.ticket(1), priority: .openTicket)

        for count in 2...6 {
            harness.reads.succeed(harness.reads.started[count - 2])
            await harness.reads.waitForStarted(count)
        }
        XCTAssertEqual(harness.reads.started, [.agents, .ticket(1), page0, .ticket(5), .ticket(6), page1])
    }

    func testARequestAskedForTwiceRunsOnce() async {
        let harness = ReadQueueHarness(ReadQueueConfiguration(maxConcurrent: 1))
        harness.queue.submit(.agents, priority: .background)
        await harness.reads.waitForStarted(1)
        harness.queue.submit(.ticket(1), priority: .prefetch)
        harness.queue.submit(.ticket(1), priority: .prefetch)
        harness.reads.succeed(.agents)
        let first = await harness.nextEvent()
        XCTAssertEqual(first, .loaded(.agents, "agents", priority: .background))
        await harness.reads.waitForStarted(2)
        harness.queue.submit(.ticket(1), priority: .prefetch)  // while it runs
        harness.reads.succeed(.ticket(1))
        let second = await harness.nextEvent()
        XCTAssertEqual(second, .loaded(.ticket(1), "ticket(1)", priority: .prefetch))
        XCTAssertEqual(harness.reads.started, [.agents, .ticket(1)])
        XCTAssertEqual(harness.queue.pending, [:])
    }

    func testAskingAgainWithAHigherPriorityRaisesTheRequest() async {
        let harness = ReadQueueHarness(ReadQueueConfiguration(maxConcurrent: 1))
        harness.queue.submit(.agents, priority: .background)
        await harness.reads.waitForStarted(1)
        harness.queue.submit(.ticket(7), priority: .prefetch)
        harness.queue.submit(page1, priority: .background)
        harness.queue.submit(page1, priority: .visiblePage)
        XCTAssertEqual(harness.queue.pending[page1], .visiblePage)

        harness.reads.succeed(.agents)
        _ = await harness.nextEvent()
        await harness.reads.waitForStarted(2)
        XCTAssertEqual(harness.reads.started.last, page1, "raised past the prefetch")
        harness.reads.succeed(page1)
        _ = await harness.nextEvent()
        await harness.reads.waitForStarted(3)
        // The agent opens the ticket being prefetched: the running read now answers as open.
        harness.queue.submit(.ticket(7), priority: .openTicket)
        harness.reads.succeed(.ticket(7))
        let opened = await harness.nextEvent()
        XCTAssertEqual(opened, .loaded(.ticket(7), "ticket(7)", priority: .openTicket))
        XCTAssertEqual(harness.reads.started.count, 3)
    }

    func testCancellingDropsWaitingReadsAndDiscardsRunningOnes() async {
        let harness = ReadQueueHarness(ReadQueueConfiguration(maxConcurrent: 2))
        harness.queue.submit(.ticket(1), priority: .prefetch)
        harness.queue.submit(.ticket(2), priority: .prefetch)
        await harness.reads.waitForStarted(2)
        harness.queue.submit(.ticket(3), priority: .prefetch)
        harness.queue.submit(.agents, priority: .background)

        harness.queue.cancel { _, priority in priority == .prefetch }
        await harness.reads.waitForStarted(3)
        // Tickets 1 and 2 start together, as two tasks: either may record its start first.
        let started = harness.reads.started
        XCTAssertEqual(Set(started.prefix(2)), [.ticket(1), .ticket(2)])
        XCTAssertEqual(Array(started.dropFirst(2)), [.agents], "ticket 3 never starts")
        XCTAssertEqual(Set(harness.reads.cancelled), [.ticket(1), .ticket(2)])

        harness.reads.succeed(.agents)
        let event = await harness.nextEvent()
        XCTAssertEqual(event, .loaded(.agents, "agents", priority: .background), "the cancelled reads report nothing")
        XCTAssertEqual(harness.queue.pending, [:])
    }

    func testCancellingOneRequestLeavesTheOthers() async {
        let harness = ReadQueueHarness(ReadQueueConfiguration(maxConcurrent: 1))
        harness.queue.submit(.ticket(1), priority: .openTicket)
        await harness.reads.waitForStarted(1)
        harness.queue.submit(.ticket(2), priority: .prefetch)
        harness.queue.cancel(.ticket(1))
        await harness.reads.waitForStarted(2)
        XCTAssertEqual(harness.reads.started, [.ticket(1), .ticket(2)])
        XCTAssertEqual(harness.reads.cancelled, [.ticket(1)])
    }

    func testTheTokenBucketSpacesStartsAfterTheBurst() async {
        let harness = ReadQueueHarness(ReadQueueConfiguration(maxConcurrent: 10, requestsPerMinute: 60, burst: 2))
        for id in 1...4 { harness.queue.submit(.ticket(TicketID(id)), priority: .background) }
        await harness.reads.waitForStarted(2)
        await harness.clock.waitForSleepers(1)
        XCTAssertEqual(harness.clock.sleeperDeadlines, [harness.at(1)], "one a second after the burst of two")
        XCTAssertEqual(harness.reads.started.count, 2)

        harness.clock.advance(by: 1)
        await harness.reads.waitForStarted(3)
        await harness.clock.waitForSleepers(1)
        XCTAssertEqual(harness.clock.sleeperDeadlines, [harness.at(2)])
        harness.clock.advance(by: 1)
        await harness.reads.waitForStarted(4)
        XCTAssertEqual(harness.reads.started, (1...4).map { .ticket(TicketID($0)) })
    }

    func testRetryAfterPausesTheWholeQueueWithinReason() async {
        let harness = ReadQueueHarness(ReadQueueConfiguration(maxConcurrent: 1))
        harness.queue.submit(page0, priority: .visiblePage)
        await harness.reads.waitForStarted(1)
        harness.reads.answer(page0, with: .failure(.rateLimited(retryAfter: 30)))
        let retrying = await harness.nextEvent()
        XCTAssertEqual(retrying, .retrying(page0, .rateLimited(retryAfter: 30), retryAt: harness.at(30)))

        harness.queue.submit(.agents, priority: .background)
        await harness.clock.waitForSleepers(1)
        XCTAssertEqual(harness.clock.sleeperDeadlines, [harness.at(30)], "nothing starts before Retry-After")
        XCTAssertEqual(harness.reads.started, [page0])

        harness.clock.advance(by: 30)
        await harness.reads.waitForStarted(2)
        XCTAssertEqual(harness.reads.started, [page0, page0], "the throttled read first")
        harness.reads.answer(page0, with: .failure(.rateLimited(retryAfter: 86_400 * 365)))
        let hostile = await harness.nextEvent()
        XCTAssertEqual(hostile, .retrying(page0, .rateLimited(retryAfter: 86_400 * 365), retryAt: harness.at(30 + 3600)),
                       "a hostile Retry-After cannot silence us for a year")
    }

    func testServerErrorsBackOffExponentiallyUpToTheCap() async {
        let backoff = Backoff(base: 1, cap: 60, jitter: .full)
        let harness = ReadQueueHarness(ReadQueueConfiguration(maxConcurrent: 1, backoff: backoff, maxAttempts: 9), random: 1)
        harness.queue.submit(.ticket(1), priority: .openTicket)
        var delays: [Double] = []
        var elapsed = 0.0
        for attempt in 1...8 {
            await harness.reads.waitForStarted(attempt)
            harness.reads.answer(.ticket(1), with: .failure(.server(status: 503, message: "")))
            guard case .retrying(_, _, let retryAt) = await harness.nextEvent() else { return XCTFail("no retry") }
            let delay = retryAt.timeIntervalSince(harness.at(elapsed))
            delays.append(delay)
            elapsed += delay
            await harness.clock.waitForSleepers(1)
            harness.clock.advance(by: delay)
        }
        XCTAssertEqual(delays, [1, 2, 4, 8, 16, 32, 60, 60])

        await harness.reads.waitForStarted(9)
        harness.reads.answer(.ticket(1), with: .failure(.timeout))
        let last = await harness.nextEvent()
        XCTAssertEqual(last, .failed(.ticket(1), .timeout), "reported for good after the last try")
        XCTAssertEqual(harness.queue.pending, [:])
    }

    func testErrorsARetryCannotFixAreReportedAtOnceAndNotRetried() async {
        let harness = ReadQueueHarness()
        for error in [BackendError.unauthorized(permission: nil), .forbidden(permission: "USER_READ"),
                      .notFound(1), .invalidRequest("bad")] {
            let startedBefore = harness.reads.started.count
            harness.queue.submit(.ticket(1), priority: .openTicket)
            await harness.reads.waitForStarted(startedBefore + 1)
            harness.reads.answer(.ticket(1), with: .failure(error))
            let event = await harness.nextEvent()
            XCTAssertEqual(event, .failed(.ticket(1), error))
            XCTAssertEqual(harness.queue.pending, [:])
            XCTAssertEqual(harness.clock.sleeperDeadlines, [], "no retry is scheduled")
        }
        XCTAssertEqual(harness.reads.started.count, 4)
    }

    func testAStoppedQueueTakesNoMoreReads() async {
        let harness = ReadQueueHarness()
        harness.queue.submit(.agents, priority: .background)
        await harness.reads.waitForStarted(1)
        harness.queue.stop()
        harness.queue.submit(.ticket(1), priority: .openTicket)
        XCTAssertEqual(harness.queue.pending, [:])
        XCTAssertEqual(harness.reads.cancelled, [.agents])
    }
}
