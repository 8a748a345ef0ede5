import TickettyCore
import XCTest
@testable import TickettyStore

final class ReducerListTests: XCTestCase {
    func testListIsSortedByLastUpdateAndCursorStartsAtTop() {
        let state = Fixture.loaded(Fixture.tickets(5).reversed())
        XCTAssertEqual(state.visibleIDs, [1, 2, 3, 4, 5])
        XCTAssertEqual(state.selectedTicketID, 1)
    }

    func testMovingClampsAtBothEnds() throws {
        let store = TestStore(state: Fixture.loaded(Fixture.tickets(3)))
        try store.send(.command(.moveUp))
        try store.send(.command(.moveDown), { $0.selectedTicketID = 2 }, effects: [.prefetchTickets([2, 3])])
        try store.send(.command(.moveToLast), { $0.selectedTicketID = 3 }, effects: [.prefetchTickets([3])])
        try store.send(.command(.moveDown))
        try store.send(.command(.moveToFirst), { $0.selectedTicketID = 1 }, effects: [.prefetchTickets([1, 2, 3])])
    }

    func testPagingMovesByTheRowsTheListShows() throws {
        var state = Fixture.loaded(Fixture.tickets(25))
        state.send(.viewportChanged(listRows: 10, timelineRows: 8))
        let store = TestStore(state: state)
        try store.send(.command(.pageDown), { $0.selectedTicketID = 11 }, effects: [.prefetchTickets([11, 12, 13])])
        try store.send(.command(.pageDown), { $0.selectedTicketID = 21 }, effects: [.prefetchTickets([21, 22, 23])])
        try store.send(.command(.pageDown), { $0.selectedTicketID = 25 }, effects: [.prefetchTickets([25])])
        try store.send(.command(.pageUp), { $0.selectedTicketID = 15 }, effects: [.prefetchTickets([15, 16, 17])])
        try store.send(.command(.pageUp), { $0.selectedTicketID = 5 }, effects: [.prefetchTickets([5, 6, 7])])
        try store.send(.command(.pageUp), { $0.selectedTicketID = 1 }, effects: [.prefetchTickets([1, 2, 3])])
    }

    func testFilterNarrowsLiveOverEveryFieldAndIgnoresAccents() {
        var state = Fixture.loaded([
            Fixture.ticket(1, "Refund for order", minutesAgo: 1, customer: "José Álvarez"),
            Fixture.ticket(2, "Login broken", minutesAgo: 2, priority: .urgent, customer: "Mei Ling"),
            Fixture.ticket(3, "Invoice copy", minutesAgo: 3, status: .pending, tags: ["billing"]),
            Fixture.ticket(1234, "Other", minutesAgo: 4),
        ])
        state.send(.command(.startFilter))
        XCTAssertTrue(state.isEditingFilter)

        state.send(.edit(.insert("JOSE")))
        XCTAssertEqual(state.visibleIDs, [1], "customer name, case- and accent-insensitive")
        state.send(.edit(.deleteBackward), .edit(.deleteBackward), .edit(.deleteBackward), .edit(.deleteBackward))
        XCTAssertEqual(state.visibleIDs, [1, 2, 3, 1234], "deleting widens the list again")

        for (typed, expected) in [
            ("urgent", [2]), ("billing", [3]), ("pending", [3]), ("#123", [1234]), ("mei@", [2]),
            ("login mei", [2]), ("login anna", []),
        ] {
            state.filter = ""
            state.send(.edit(.insert(typed)))
            XCTAssertEqual(state.visibleIDs, expected, "filter \(typed)")
        }
    }

    func testFilterKeepsSelectionValidAndEnterKeepsEscClears() {
        var state = Fixture.loaded(Fixture.tickets(4))
        state.send(.command(.moveToLast), .command(.startFilter), .edit(.insert("Ticket 2")))
        XCTAssertEqual(state.visibleIDs, [2])
        XCTAssertEqual(state.selectedTicketID, 2, "the hidden selection moves to a row that is shown")

        state.send(.command(.confirmSelection))
        XCTAssertFalse(state.isEditingFilter)
        XCTAssertEqual(state.filter, "Ticket 2", "Enter keeps the filter")
        XCTAssertEqual(state.visibleIDs, [2])

        state.send(.command(.startFilter), .command(.back))
        XCTAssertEqual(state.filter, "")
        XCTAssertEqual(state.visibleIDs, [1, 2, 3, 4])
        XCTAssertEqual(state.selectedTicketID, 2, "the cursor stays on its ticket")
    }

    func testFilterDropsControlCharactersFromPastes() {
        var state = Fixture.loaded(Fixture.tickets(2))
        state.send(.command(.startFilter), .edit(.insert("\u{1B}[31mTicket 1\n")))
        XCTAssertEqual(state.filter, "[31mTicket 1")
    }

    func testToggleMarkMarksAndMovesDownLikeMutt() throws {
        let store = TestStore(state: Fixture.loaded(Fixture.tickets(3)))
        try store.send(.command(.toggleMark)) {
            $0.marked = [1]
            $0.selectedTicketID = 2
        }
        try store.send(.command(.moveUp), { $0.selectedTicketID = 1 }, effects: [.prefetchTickets([1, 2, 3])])
        try store.send(.command(.toggleMark)) {
            $0.marked = []
            $0.selectedTicketID = 2
        }
    }
}

final class ReducerFilterFieldTests: XCTestCase {
    func testFieldWordsNarrowTheListAsTheyAreTyped() {
        var state = Fixture.loaded([
            Fixture.ticket(1, "Refund", minutesAgo: 1, status: .open),
            Fixture.ticket(2, "Refund again", minutesAgo: 2, status: .pending, customer: "Mei Ling"),
            Fixture.ticket(3, "Login", minutesAgo: 3, status: .closed),
        ])
        state.send(.command(.startFilter), .edit(.insert("status:")))
        XCTAssertEqual(state.visibleIDs, [1, 2, 3], "an unfinished field hides nothing")
        XCTAssertEqual(state.message, StatusMessage("status: new, open, pending, holding, solved, closed"))
        state.send(.edit(.insert("pend")))
        XCTAssertEqual(state.visibleIDs, [2])
        XCTAssertNil(state.message, "the hint goes once the field reads well")
        state.send(.edit(.deleteBackward), .edit(.deleteBackward), .edit(.deleteBackward), .edit(.deleteBackward))
        state.send(.edit(.insert("bogus")))
        XCTAssertEqual(state.message?.severity, .error, "a value that means nothing is said so")
        XCTAssertEqual(state.visibleIDs, [1, 2, 3])
        state.filter = ""
        state.send(.edit(.insert("-status:closed refund")))
        XCTAssertEqual(state.visibleIDs, [1, 2])
        state.send(.edit(.insert(" mei")))
        XCTAssertEqual(state.visibleIDs, [2], "a longer filter narrows the shorter one's result")
    }

    func testTicketsChangingUnderAFilterAreSearchedAfresh() {
        var state = Fixture.loaded([Fixture.ticket(1, "Refund", minutesAgo: 1), Fixture.ticket(2, "Login", minutesAgo: 2)])
        state.send(.command(.startFilter), .edit(.insert("status:open")))
        XCTAssertEqual(state.visibleIDs, [1, 2])
        var closed = Fixture.ticket(2, "Login", minutesAgo: 0)
        closed.status = .closed
        state.send(.ticketsLoaded(TicketPage(tickets: [closed], start: 0, total: 2), Fixture.firstPage))
        XCTAssertEqual(state.visibleIDs, [1])
    }

    func testIsMineUsesTheConfiguredAgent() {
        var mine = Fixture.ticket(1, minutesAgo: 1)
        mine.assignedAgent = Fixture.mei
        var state = Fixture.loaded([mine, Fixture.ticket(2, minutesAgo: 2)])
        state.me = "mei ling"
        state.send(.command(.startFilter), .edit(.insert("is:mine")))
        XCTAssertEqual(state.visibleIDs, [1])
    }
}
