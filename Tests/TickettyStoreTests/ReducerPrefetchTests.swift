import TickettyCore
import XCTest
@testable import TickettyStore

final class ReducerPrefetchTests: XCTestCase {
    func testMovingTheCursorPrefetchesTheTicketsUnderAndBelowItButNotTheOpenOne() throws {
        var state = Fixture.opened(Fixture.tickets(5), 3)
        state.focus = .list
        let store = TestStore(state: state)
        try store.send(.command(.moveDown), { $0.selectedTicketID = 4 }, effects: [.prefetchTickets([4, 5])])
        try store.send(.command(.moveUp), { $0.selectedTicketID = 3 }, effects: [.prefetchTickets([4, 5])])
        try store.send(.command(.moveUp), { $0.selectedTicketID = 2 }, effects: [.prefetchTickets([2, 4])])
    }

    func testAPrefetchedTicketUpdatesItsRowWithoutOpeningIt() throws {
        let store = TestStore(state: Fixture.loaded(Fixture.tickets(3)))
        var changed = Fixture.tickets(3)[2]
        changed.title = "Printer fixed"
        changed.lastUpdate = Fixture.now.addingTimeInterval(60)
        try store.send(.ticketPrefetched(TicketDetail(ticket: changed, timeline: []))) {
            $0.tickets[3] = changed
            $0.visibleTicketIDs = [3, 1, 2]
        }
    }

    func testAPrefetchedDetailOfTheTicketOpenedMeanwhileIsShown() throws {
        var state = Fixture.loaded(Fixture.tickets(3))
        state.send(.command(.moveDown))
        state.send(.command(.openSelected))
        let store = TestStore(state: state)
        let detail = TicketDetail(ticket: Fixture.tickets(3)[1], timeline: [])
        try store.send(.ticketPrefetched(detail)) { $0.openTicket = detail }
    }
}
