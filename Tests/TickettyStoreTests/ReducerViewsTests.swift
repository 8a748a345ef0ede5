import TickettyCore
import XCTest
@testable import TickettyStore

final class ReducerViewsTests: XCTestCase {
    private let urgent = SavedView(id: 2, name: "Urgent")
    private let open = SavedView(id: 1, name: "New & open")

    func testPickingAViewListsItsTicketsAndAllTicketsReturns() {
        var state = Fixture.loaded(Fixture.tickets(4))
        XCTAssertEqual(state.send(.command(.openViewPicker)), [.fetchViews])
        XCTAssertEqual(state.viewChoices, [nil], "All tickets, until the views load")
        state.send(.viewsLoaded([open, urgent]))
        XCTAssertEqual(state.viewChoices, [nil, open, urgent])
        state.send(.edit(.insert("URG")))
        XCTAssertEqual(state.viewChoices, [urgent])

        let query = TicketQuery(start: 0, limit: 500, viewID: 2)
        XCTAssertEqual(state.send(.command(.confirmSelection)), [.fetchTickets(query)])
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.activeView?.view, urgent)
        XCTAssertEqual(state.message, StatusMessage("View: Urgent"))
        XCTAssertEqual(state.visibleIDs, [], "nothing is known to be in the view yet")

        let page = TicketPage(tickets: [Fixture.ticket(3, minutesAgo: 3), Fixture.ticket(9, minutesAgo: 9)], start: 0, total: 2)
        XCTAssertEqual(state.send(.ticketsLoaded(page, query)), [])
        XCTAssertEqual(state.visibleIDs, [3, 9])

        state.send(.command(.startFilter), .edit(.insert("#9")), .command(.back))
        XCTAssertEqual(state.visibleIDs, [3, 9], "Esc drops the filter, not the view")
        state.send(.command(.openViewPicker), .command(.confirmSelection))
        XCTAssertNil(state.activeView)
        XCTAssertEqual(state.visibleIDs, [1, 2, 3, 4, 9])
    }

    func testRefreshListsTheViewAgainSoLeaversLeave() {
        var state = Fixture.loaded(Fixture.tickets(3))
        state.send(.viewsLoaded([urgent]))
        let query = TicketQuery(start: 0, limit: 500, viewID: 2)
        state.send(.command(.applyView(named: "urg")))
        state.send(.ticketsLoaded(TicketPage(tickets: Fixture.tickets(2), start: 0, total: 2), query))
        XCTAssertEqual(state.visibleIDs, [1, 2])
        XCTAssertTrue(state.send(.refreshDue).contains(.fetchTickets(query)))
        state.send(.ticketsLoaded(TicketPage(tickets: [Fixture.ticket(2, minutesAgo: 2)], start: 0, total: 1), query))
        XCTAssertEqual(state.visibleIDs, [2])
    }

    func testViewCommandWaitsForTheViewsAndNamesAreChecked() {
        var state = Fixture.loaded(Fixture.tickets(2))
        XCTAssertEqual(state.send(.command(.applyView(named: "new"))), [.fetchViews])
        XCTAssertEqual(state.send(.viewsLoaded([open, urgent])), [.fetchTickets(TicketQuery(start: 0, limit: 500, viewID: 1))])
        XCTAssertEqual(state.activeView?.view, open)
        state.send(.command(.applyView(named: "nothing like it")))
        XCTAssertEqual(state.message, .error("No view named \"nothing like it\""))
        XCTAssertEqual(state.activeView?.view, open)
        state.send(.command(.applyView(named: "all")))
        XCTAssertNil(state.activeView)
    }

    func testViewCommandLineParsesAndCompletes() throws {
        var state = Fixture.loaded(Fixture.tickets(1))
        state.send(.viewsLoaded([open, urgent]))
        XCTAssertEqual(try CommandLineParser.parse("view New & open", in: state), .applyView(named: "New & open"))
        XCTAssertEqual(CommandLineParser.completions(for: "view o", in: state), ["New & open"])
        XCTAssertEqual(CommandLineParser.completions(for: "view ", in: state), [State.allTicketsName, "New & open", "Urgent"])
        XCTAssertEqual(CommandLineParser.completions(for: "vi", in: state), ["view", "views"])
    }
}
