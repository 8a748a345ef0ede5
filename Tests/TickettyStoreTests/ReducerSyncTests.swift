import TickettyCore
import XCTest
@testable import TickettyStore

final class ReducerSyncTests: XCTestCase {
    func testStartLoadsTheFirstPageTheAgentsAndStartsTheClock() throws {
        let store = TestStore(state: State(accountName: "DEMO", now: Fixture.now))
        try store.send(.started, {
            $0.lastKeyAt = Fixture.now
            $0.listSync = ListSync(awaiting: Fixture.firstPage, announcesNewTickets: false)
            $0.sync = .syncing(loaded: 0, total: nil)
        }, effects: [.fetchTickets(Fixture.firstPage), .fetchAgents, .scheduleClockTick(afterSeconds: 60)])
    }

    func testPagesThroughTheTotalThenSchedulesTheNextRefresh() throws {
        var state = State(accountName: "DEMO", now: Fixture.now)
        state.pageSize = 2
        let all = Fixture.tickets(5)
        let page = { (start: Int) in TicketQuery(start: start, limit: 2) }
        XCTAssertEqual(state.send(.started).first, .fetchTickets(page(0)))

        XCTAssertEqual(state.send(.ticketsLoaded(TicketPage(tickets: Array(all[0..<2]), start: 0, total: 5), page(0))),
                       [.fetchTickets(page(2))])
        XCTAssertEqual(state.sync, .syncing(loaded: 2, total: 5))
        XCTAssertEqual(state.send(.ticketsLoaded(TicketPage(tickets: Array(all[2..<4]), start: 2, total: 5), page(2))),
                       [.fetchTickets(page(4))])
        XCTAssertEqual(state.send(.ticketsLoaded(TicketPage(tickets: [all[4]], start: 4, total: 5), page(4))),
                       [.scheduleRefresh(afterSeconds: 60)])
        XCTAssertEqual(state.sync, .upToDate(Fixture.now))
        XCTAssertEqual(state.visibleIDs, [1, 2, 3, 4, 5])
        XCTAssertEqual(state.totalOnServer, 5)
        XCTAssertNil(state.message, "the first load announces nothing")
    }

    func testAServerThatSendsEmptyPagesCannotMakeUsLoopForever() {
        var state = State(accountName: "DEMO", now: Fixture.now)
        state.send(.started)
        let effects = state.send(.ticketsLoaded(TicketPage(tickets: [], start: 0, total: 1_000_000), Fixture.firstPage))
        XCTAssertEqual(effects, [.scheduleRefresh(afterSeconds: 60)])
    }

    func testAServerThatEchoesTheSamePageStillMovesOn() {
        var state = State(accountName: "DEMO", now: Fixture.now)
        state.pageSize = 2
        state.send(.started)
        let lying = TicketPage(tickets: Array(Fixture.tickets(2)), start: 0, total: 6)
        XCTAssertEqual(state.send(.ticketsLoaded(lying, TicketQuery(start: 0, limit: 2))),
                       [.fetchTickets(TicketQuery(start: 2, limit: 2))])
        XCTAssertEqual(state.send(.ticketsLoaded(lying, TicketQuery(start: 2, limit: 2))),
                       [.fetchTickets(TicketQuery(start: 4, limit: 2))])
        XCTAssertEqual(state.send(.ticketsLoaded(lying, TicketQuery(start: 4, limit: 2))),
                       [.scheduleRefresh(afterSeconds: 60)])
    }

    func testAKeyPressMovesTheClockOnAndRecordsTheAgentAsActive() throws {
        let store = TestStore(state: State(accountName: "DEMO", now: Fixture.now))
        let later = Fixture.now.addingTimeInterval(42)
        try store.send(.keyPressed(at: later), {
            $0.now = later
            $0.lastKeyAt = later
        })
        // A clock that steps back (NTP) never moves SLA countdowns backwards.
        try store.send(.keyPressed(at: Fixture.now), { $0.lastKeyAt = Fixture.now })
    }

    func testRefreshFetchesTheOpenTicketBeforeTheList() {
        var state = Fixture.opened(Fixture.tickets(3), 2)
        state.send(.agentsLoaded([Fixture.mei]))
        XCTAssertEqual(state.send(.refreshDue), [.fetchTicket(2), .fetchTickets(Fixture.firstPage)])
        XCTAssertEqual(state.send(.command(.refreshNow)), [.fetchTicket(2), .fetchTickets(Fixture.firstPage)])
    }

    func testNewTicketsKeepTheCursorOnItsTicketAndAreAnnounced() {
        var state = Fixture.loaded(Fixture.tickets(5))
        state.send(.command(.moveDown), .command(.moveDown))
        XCTAssertEqual(state.selectedTicketID, 3)
        let arrivals = [Fixture.ticket(100, "New one", minutesAgo: -2), Fixture.ticket(101, "Newer", minutesAgo: -1)]
        state.send(.refreshDue)
        let effects = state.send(.ticketsLoaded(TicketPage(tickets: arrivals, start: 0, total: 7), Fixture.firstPage))
        XCTAssertEqual(effects, [.fetchTickets(TicketQuery(start: 2, limit: 500))])
        state.send(.ticketsLoaded(TicketPage(tickets: Fixture.tickets(5), start: 2, total: 7), TicketQuery(start: 2, limit: 500)))
        XCTAssertEqual(state.visibleIDs, [100, 101, 1, 2, 3, 4, 5])
        XCTAssertEqual(state.selectedTicketID, 3, "same ticket, not same row")
        XCTAssertEqual(state.message, StatusMessage("2 new tickets"))
    }

    func testLaterRefreshesStopPagingAtTheFirstUnchangedPage() {
        var state = State(accountName: "DEMO", now: Fixture.now)
        state.pageSize = 2
        let all = Fixture.tickets(6)
        state.send(.started)
        for start in stride(from: 0, to: 6, by: 2) {
            state.send(.ticketsLoaded(TicketPage(tickets: Array(all[start..<start + 2]), start: start, total: 6),
                                      TicketQuery(start: start, limit: 2)))
        }
        var bumped = all[3]
        bumped.lastUpdate = Fixture.now.addingTimeInterval(60)
        state.send(.refreshDue)
        let first = state.send(.ticketsLoaded(TicketPage(tickets: [bumped, all[0]], start: 0, total: 6), TicketQuery(start: 0, limit: 2)))
        XCTAssertEqual(first, [.scheduleRefresh(afterSeconds: 60)], "ticket 1 is unchanged, so is everything older")
        XCTAssertEqual(state.visibleIDs.first, 4)
    }

    func testAnswersToAnAbandonedRefreshAreMergedButNotFollowed() {
        var state = Fixture.loaded(Fixture.tickets(2))
        state.send(.refreshDue)
        let old = TicketQuery(start: 500, limit: 500)
        let effects = state.send(.ticketsLoaded(TicketPage(tickets: [Fixture.ticket(9, minutesAgo: 9)], start: 500, total: 2000), old))
        XCTAssertEqual(effects, [])
        XCTAssertNotNil(state.tickets[9])
        XCTAssertEqual(state.send(.requestFailed(.tickets(old), .timeout)), [])
    }

    func testARetryingReadCountsDownInTheStatusLineAndRecoveryClearsTheError() throws {
        let store = TestStore(state: Fixture.loaded(Fixture.tickets(1)))
        try store.send(.refreshDue, {
            $0.listSync = ListSync(awaiting: Fixture.firstPage, announcesNewTickets: true)
            $0.sync = .syncing(loaded: 0, total: 1)
        }, effects: [.fetchTickets(Fixture.firstPage), .fetchAgents])
        let error = BackendError.server(status: 503, message: "")
        let retryAt = Fixture.now.addingTimeInterval(8)
        try store.send(.readRetrying(.tickets(Fixture.firstPage), error, retryAt: retryAt), {
            $0.sync = .failed(error, retryAt: retryAt)
            $0.message = .error("Server error 503")
        })
        try store.send(.ticketsLoaded(TicketPage(tickets: Fixture.tickets(1), start: 0, total: 1), Fixture.firstPage), {
            $0.listSync = nil
            $0.sync = .upToDate(Fixture.now)
            $0.message = nil
        }, effects: [.scheduleRefresh(afterSeconds: 60)])
    }

    func testRetriesOfReadsNoLongerWantedAreNoNews() throws {
        let store = TestStore(state: Fixture.opened(Fixture.tickets(3), 1))
        let later = Fixture.now.addingTimeInterval(4)
        try store.send(.readRetrying(.tickets(TicketQuery(start: 500, limit: 500)), .timeout, retryAt: later))
        try store.send(.readRetrying(.ticket(3), .timeout, retryAt: later))
        try store.send(.readRetrying(.agents, .timeout, retryAt: later))
    }

    func testAReadFailedForGoodIsRetriedAtTheNextRefresh() throws {
        var state = Fixture.loaded(Fixture.tickets(1))
        state.send(.refreshDue)
        XCTAssertEqual(state.send(.requestFailed(.tickets(Fixture.firstPage), .unauthorized(permission: nil))),
                       [.scheduleRefresh(afterSeconds: 60)])
        XCTAssertEqual(state.sync, .failed(.unauthorized(permission: nil), retryAt: Fixture.now.addingTimeInterval(60)))
        XCTAssertNil(state.listSync)
        XCTAssertEqual(state.message?.text, "API key refused: check OMNIDESK_API_KEY or api_key_command")
    }

    func testAgentsAreAskedForAgainUntilRefusedForGood() {
        var state = Fixture.loaded(Fixture.tickets(1))
        XCTAssertEqual(state.send(.requestFailed(.agents, .timeout)), [], "no hurry: the list works without them")
        XCTAssertEqual(state.sync, .upToDate(Fixture.now))
        XCTAssertTrue(state.send(.refreshDue).contains(.fetchAgents))

        state.send(.requestFailed(.agents, .forbidden(permission: "USER_READ")))
        XCTAssertEqual(state.message, .error("Not allowed: the API key lacks USER_READ"))
        XCTAssertFalse(state.send(.refreshDue).contains(.fetchAgents))
    }

    func testFailuresForATicketNoLongerOpenAreIgnored() {
        var state = Fixture.opened(Fixture.tickets(3), 1)
        XCTAssertEqual(state.send(.requestFailed(.ticket(3), .timeout)), [])
        XCTAssertNil(state.message)
        XCTAssertEqual(state.send(.requestFailed(.ticket(1), .timeout)), [.scheduleRefresh(afterSeconds: 60)])
    }

    func testATicketGoneFromTheServerLeavesTheListTheTimelineAndTheCache() {
        var state = Fixture.opened(Fixture.tickets(3), 1)
        XCTAssertEqual(state.send(.requestFailed(.ticket(1), .notFound(1))), [.forgetTickets([1])], "deleted: nothing to retry")
        XCTAssertEqual(state.message, .error("Ticket 1 not found"))
        XCTAssertEqual(state.visibleIDs, [2, 3])
        XCTAssertNil(state.openTicketID)
        XCTAssertEqual(state.focus, .list)
        // A prefetch that finds a ticket gone drops it too, without it ever being opened.
        XCTAssertEqual(state.send(.requestFailed(.ticket(3), .notFound(3))), [.forgetTickets([3])])
        XCTAssertEqual(state.visibleIDs, [2])
    }

    func testClockTicksMoveNowAndReschedule() throws {
        let store = TestStore(state: Fixture.loaded([]))
        let later = Fixture.now.addingTimeInterval(61)
        try store.send(.clockTicked(later), { $0.now = later }, effects: [.scheduleClockTick(afterSeconds: 60)])
    }

    func testViewportIsStored() throws {
        let store = TestStore(state: Fixture.loaded([]))
        try store.send(.viewportChanged(listRows: 30, timelineRows: 0)) {
            $0.listRows = 30
            $0.timelineRows = 1
        }
    }
}
