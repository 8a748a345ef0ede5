import Foundation
import TickettyCore
import XCTest
@testable import TickettyStore

/// The read effects' priorities, the prefetch that waits for the cursor to rest, and the
/// actions their outcomes become.
final class ReadRunnerTests: XCTestCase {
    private let clock = TestClock(now: Fixture.now)
    private let reads = ScriptedReads()
    private var runner: ReadRunner!
    private var actions: AsyncStream<Action>.Iterator!

    override func setUp() {
        let (stream, continuation) = AsyncStream.makeStream(of: Action.self)
        actions = stream.makeAsyncIterator()
        let reads = self.reads
        runner = ReadRunner(
            configuration: ReadQueueConfiguration(), clock: clock, random: { 1 },
            perform: { request throws(BackendError) in
                _ = try await reads.perform(request)
                guard case .ticket(let id) = request else { return .agents([]) }
                return .ticket(TicketDetail(ticket: Fixture.ticket(id), timeline: []))
            },
            send: { continuation.yield($0) })
    }

    override func tearDown() {
        runner.stop()
    }

    func testPrefetchStartsOnlyOnceTheCursorRestsAndOnlyForWhereItRests() async throws {
        runner.prefetch([1, 2, 3])
        await clock.waitForSleepers(1)
        let firstDue = try XCTUnwrap(clock.sleeperDeadlines.first)
        clock.advance(by: ReadRunner.prefetchSettle / 2)
        runner.prefetch([2, 3, 4])  // the cursor moved on before resting
        clock.advance(to: firstDue)
        await clock.waitForSleepers(1)
        XCTAssertEqual(reads.started, [], "the first prefetch was superseded")
        let due = try XCTUnwrap(clock.sleeperDeadlines.first)
        XCTAssertEqual(due.timeIntervalSince(Fixture.now), ReadRunner.prefetchSettle * 1.5, accuracy: 1e-6)

        clock.advance(to: due)
        await reads.waitForStarted(3)
        XCTAssertEqual(Set(reads.started), [.ticket(2), .ticket(3), .ticket(4)])
    }

    func testTicketsTheCursorLeftAreCancelled() async {
        runner.prefetch([1, 2])
        await clock.waitForSleepers(1)
        clock.advance(to: clock.sleeperDeadlines[0])
        await reads.waitForStarted(2)
        runner.prefetch([2, 3])
        XCTAssertEqual(reads.cancelled, [.ticket(1)])
        reads.succeed(.ticket(2))
        let action = await actions.next()
        XCTAssertEqual(action, .ticketPrefetched(TicketDetail(ticket: Fixture.ticket(2), timeline: [])))
    }

    func testOpeningAPrefetchingTicketMakesItsAnswerTheOpenTicket() async {
        runner.prefetch([7])
        await clock.waitForSleepers(1)
        clock.advance(to: clock.sleeperDeadlines[0])
        await reads.waitForStarted(1)
        runner.fetchTicket(7)
        runner.prefetch([8])  // opening moved nothing, but a new prefetch must not drop it
        reads.succeed(.ticket(7))
        let action = await actions.next()
        XCTAssertEqual(action, .ticketLoaded(TicketDetail(ticket: Fixture.ticket(7), timeline: [])))
        XCTAssertEqual(reads.started, [.ticket(7)], "asked for once")
    }

    func testOpeningAnotherTicketCancelsTheLoadOfThePreviousOne() async {
        runner.fetchTicket(1)
        await reads.waitForStarted(1)
        runner.fetchTicket(2)
        await reads.waitForStarted(2)
        XCTAssertEqual(reads.cancelled, [.ticket(1)])
    }

    func testANewRefreshDropsTheLaterPagesOfTheOldOne() async {
        let later = TicketQuery(start: 500, limit: 500)
        runner.fetchTickets(later)
        await reads.waitForStarted(1)
        runner.fetchTickets(TicketQuery(start: 0, limit: 500))
        await reads.waitForStarted(2)
        XCTAssertEqual(reads.cancelled, [.tickets(later)])
        XCTAssertEqual(reads.started.last, .tickets(TicketQuery(start: 0, limit: 500)))
    }

    func testFailuresBecomeRetryingAndFailedActions() async {
        runner.fetchTicket(1)
        await reads.waitForStarted(1)
        reads.answer(.ticket(1), with: .failure(.timeout))
        let retrying = await actions.next()
        XCTAssertEqual(retrying, .readRetrying(.ticket(1), .timeout, retryAt: Fixture.now.addingTimeInterval(3)))
        runner.fetchAgents()
        await reads.waitForStarted(2)
        reads.answer(.agents, with: .failure(.forbidden(permission: "USER_READ")))
        let failed = await actions.next()
        XCTAssertEqual(failed, .requestFailed(.agents, .forbidden(permission: "USER_READ")))
    }
}
