import TickettyCore
import XCTest
@testable import TickettyStore

final class ReducerTimelineTests: XCTestCase {
    private let tickets = Fixture.tickets(3)

    func testOpeningFetchesTheTicketAndFocusesTheTimeline() throws {
        let store = TestStore(state: Fixture.loaded(tickets))
        try store.send(.command(.moveDown), { $0.selectedTicketID = 2 }, effects: [.prefetchTickets([2, 3])])
        try store.send(.command(.openSelected), {
            $0.openTicketID = 2
            $0.focus = .timeline
        }, effects: [.fetchTicket(2)])
        let detail = TicketDetail(ticket: tickets[1], timeline: [], assignableGroups: [Fixture.finance])
        try store.send(.ticketLoaded(detail)) {
            $0.openTicket = detail
            $0.groups = [Fixture.finance]
        }
    }

    func testALateAnswerForAnotherTicketDoesNotTakeOverTheTimeline() {
        var state = Fixture.opened(tickets, 1)
        state.send(.command(.back), .command(.moveDown), .command(.openSelected))
        XCTAssertNil(state.openTicket, "no stale timeline under the new header")
        state.send(.ticketLoaded(TicketDetail(ticket: tickets[0], timeline: [])))
        XCTAssertNil(state.openTicket)
        XCTAssertEqual(state.openTicketID, 2)
    }

    func testScrollingStaysWithinTheText() throws {
        var state = Fixture.opened(tickets, 1)
        state.send(.viewportChanged(listRows: 10, timelineRows: 10))
        let store = TestStore(state: state)
        try store.send(.command(.moveUp))
        try store.send(.command(.moveDown)) { $0.timelineScroll = 1 }
        try store.send(.command(.pageDown)) { $0.timelineScroll = 10 }
        try store.send(.timelineLaidOut(lines: 15)) {
            $0.timelineLineCount = 15
            $0.timelineScroll = 5
        }
        try store.send(.command(.moveDown))
        try store.send(.command(.moveToFirst)) { $0.timelineScroll = 0 }
        try store.send(.command(.moveToLast)) { $0.timelineScroll = 5 }
        try store.send(.command(.back)) { $0.focus = .list }
    }

    func testTabCyclesThroughTheOpenPanes() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.cycleFocus))
        XCTAssertEqual(state.focus, .list, "nothing open: the list keeps the focus")
        state.send(.command(.openSelected), .command(.startReply), .command(.cycleFocus))
        XCTAssertEqual(state.focus, .list)
        state.send(.command(.cycleFocus))
        XCTAssertEqual(state.focus, .timeline)
        state.send(.command(.cycleFocus))
        XCTAssertEqual(state.focus, .compose)
    }
}
