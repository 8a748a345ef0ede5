import TickettyCore
import XCTest
@testable import TickettyStore

/// Tickets found beyond the cached list: by the local message cache while typing, and by the
/// server on Enter.
final class ReducerFilterSearchTests: XCTestCase {
    private let tickets = [
        Fixture.ticket(1, "Refund please", minutesAgo: 1, status: .open),
        Fixture.ticket(2, "Login broken", minutesAgo: 2, status: .open),
        Fixture.ticket(3, "Printer", minutesAgo: 3, status: .closed),
    ]

    private func typing(_ text: String, into state: inout State) -> [Effect] {
        text.flatMap { state.send(.edit(.insert(String($0)))) }
    }

    func testTypingAsksTheMessageCacheOnceAtATimeForTheLatestWords() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.startFilter))
        XCTAssertEqual(typing("in", into: &state), [], "two letters are too few to search messages for")
        XCTAssertEqual(typing("v", into: &state), [.searchMessages("inv")])
        XCTAssertEqual(typing("oice", into: &state), [], "no second search while the first is unanswered")
        XCTAssertEqual(state.send(.messagesMatched(filter: "inv", ids: [3])), [.searchMessages("invoice")],
                       "the answer brings the search for what is typed now")
        XCTAssertEqual(state.visibleIDs, [], "an answer for old words shows nothing")
        XCTAssertEqual(state.send(.messagesMatched(filter: "invoice", ids: [2, 3, 99])), [])
        XCTAssertEqual(state.visibleIDs, [2, 3], "matched in their messages; uncached ids are skipped")
        XCTAssertEqual(state.send(.edit(.insert(" status:open"))), [], "field words do not search messages again")
        XCTAssertEqual(state.visibleIDs, [2], "joined tickets still pass the field words")
    }

    func testAStaleAnswerAfterTheWordsChangedIsIgnored() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.startFilter))
        _ = typing("printer", into: &state)
        state.send(.command(.back))
        XCTAssertEqual(state.send(.messagesMatched(filter: "printer", ids: [1])), [])
        XCTAssertEqual(state.visibleIDs, [1, 2, 3])
        XCTAssertTrue(state.filterSearch.messageMatches.isEmpty)
    }

    func testEnterAsksTheServerAndShowsWhatItFound() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.startFilter))
        _ = typing("refund -status:closed", into: &state)
        state.send(.messagesMatched(filter: "refund", ids: []))
        let query = TicketQuery(start: 0, limit: 500, text: "refund")
        XCTAssertEqual(state.send(.command(.confirmSelection)), [.fetchTickets(query)])
        XCTAssertFalse(state.isEditingFilter)
        XCTAssertEqual(state.message, StatusMessage("searching server…"))

        let found = [
            Fixture.ticket(7, "Money back", minutesAgo: 0.5, status: .open),
            Fixture.ticket(8, "Money back too", minutesAgo: 4, status: .closed),
        ]
        let effects = state.send(.ticketsLoaded(TicketPage(tickets: found, start: 0, total: 2), query))
        XCTAssertEqual(effects, [], "a search does not touch the list refresh")
        XCTAssertEqual(state.visibleIDs, [7, 1], "new from the server, and still under the field words")
        XCTAssertEqual(state.message, StatusMessage("1 more from the server"))
        XCTAssertNotNil(state.tickets[8], "what the server sent is cached all the same")
    }

    func testServerSearchPagesOnAndAFailureIsSaid() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.startFilter))
        _ = typing("zz", into: &state)
        let first = TicketQuery(start: 0, limit: 500, text: "zz")
        XCTAssertEqual(state.send(.edit(.newline)), [.fetchTickets(first)], "Enter as a typed newline asks too")
        let page = (0..<500).map { Fixture.ticket(TicketID(1000 + $0), "zz \($0)", minutesAgo: 10) }
        let second = TicketQuery(start: 500, limit: 500, text: "zz")
        XCTAssertEqual(state.send(.ticketsLoaded(TicketPage(tickets: page, start: 0, total: 900), first)), [.fetchTickets(second)])
        XCTAssertEqual(state.send(.requestFailed(.tickets(second), .transport("down"))), [], "no list retry for a search")
        XCTAssertEqual(state.message?.severity, .error)
        XCTAssertEqual(state.visibleTicketIDs.count, 500)
    }
}
