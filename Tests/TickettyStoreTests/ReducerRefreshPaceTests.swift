import Foundation
import TickettyCore
import XCTest
@testable import TickettyStore

/// The background refresh slows while nobody watches and returns to pace at the next key.
final class ReducerRefreshPaceTests: XCTestCase {
    private let page = TicketPage(tickets: Fixture.tickets(2), start: 0, total: 2)

    func testAnUnfocusedTerminalRefreshesFiveTimesSlower() throws {
        let store = TestStore(state: Fixture.loaded(Fixture.tickets(2)))
        try store.send(.focusChanged(false, at: Fixture.now)) { $0.isTerminalFocused = false }
        var state = store.state
        state.send(.refreshDue)
        XCTAssertEqual(state.send(.ticketsLoaded(page, Fixture.firstPage)), [.scheduleRefresh(afterSeconds: 300)])
    }

    func testTenMinutesWithoutAKeySlowTheRefresh() {
        var state = Fixture.loaded(Fixture.tickets(2))
        state.send(.clockTicked(Fixture.now.addingTimeInterval(599)), .refreshDue)
        XCTAssertEqual(state.send(.ticketsLoaded(page, Fixture.firstPage)), [.scheduleRefresh(afterSeconds: 60)])
        state.send(.clockTicked(Fixture.now.addingTimeInterval(600)), .refreshDue)
        XCTAssertTrue(state.isAgentAway)
        XCTAssertEqual(state.send(.ticketsLoaded(page, Fixture.firstPage)), [.scheduleRefresh(afterSeconds: 300)])
    }

    func testTheSlowPaceIsCappedButNeverFasterThanConfigured() {
        var state = Fixture.loaded(Fixture.tickets(2))
        state.send(.focusChanged(false, at: Fixture.now))
        state.refreshInterval = 600
        XCTAssertEqual(state.currentRefreshInterval, 900)
        state.refreshInterval = 1200
        XCTAssertEqual(state.currentRefreshInterval, 1200)
    }

    func testTheNextKeyAfterAnAbsenceRefreshesWhenOneIsOverdue() throws {
        var state = Fixture.loaded(Fixture.tickets(2))
        state.send(.focusChanged(false, at: Fixture.now))
        let store = TestStore(state: state)
        let back = Fixture.now.addingTimeInterval(90)
        try store.send(.keyPressed(at: back), {
            $0.now = back
            $0.lastKeyAt = back
            $0.isTerminalFocused = true
            $0.listSync = ListSync(awaiting: Fixture.firstPage, announcesNewTickets: true)
            $0.sync = .syncing(loaded: 0, total: 2)
        }, effects: [.fetchTickets(Fixture.firstPage), .fetchAgents])
    }

    func testRegainingFocusBringsTheSlowTimerBackToTheNormalPace() throws {
        var state = Fixture.loaded(Fixture.tickets(2))
        state.send(.focusChanged(false, at: Fixture.now))
        let store = TestStore(state: state)
        let back = Fixture.now.addingTimeInterval(20)
        try store.send(.focusChanged(true, at: back), {
            $0.now = back
            $0.isTerminalFocused = true
        }, effects: [.scheduleRefresh(afterSeconds: 40)])
        try store.send(.focusChanged(true, at: back), effects: [])
    }

    func testAKeyAfterALongIdleRefreshesAtOnce() throws {
        var state = Fixture.loaded(Fixture.tickets(2))
        state.send(.clockTicked(Fixture.now.addingTimeInterval(700)))
        XCTAssertTrue(state.isAgentAway)
        let effects = state.send(.keyPressed(at: Fixture.now.addingTimeInterval(705)))
        XCTAssertEqual(effects.first, .fetchTickets(Fixture.firstPage))
        XCTAssertFalse(state.isAgentAway)
        XCTAssertEqual(state.send(.keyPressed(at: Fixture.now.addingTimeInterval(706))), [], "only the first key")
    }

    func testARefreshUnderWayIsLeftToScheduleTheNext() {
        var state = Fixture.loaded(Fixture.tickets(2))
        state.send(.focusChanged(false, at: Fixture.now), .refreshDue)
        XCTAssertEqual(state.send(.focusChanged(true, at: Fixture.now.addingTimeInterval(400))), [])
    }
}
