import TickettyCore
import XCTest
@testable import TickettyStore

final class ReducerBackTests: XCTestCase {
    func testEscUndoesTheInnermostThingFirst() {
        var state = Fixture.opened(Fixture.tickets(3), 1)
        state.send(.command(.back), .command(.startFilter), .edit(.insert("Ticket")), .command(.confirmSelection))
        state.send(.command(.openSelected), .command(.startReply), .edit(.insert("hi")), .command(.showHelp))

        state.send(.command(.back))
        XCTAssertNil(state.overlay, "1. the overlay closes")
        XCTAssertEqual(state.focus, .compose)

        state.send(.command(.back))
        XCTAssertNil(state.compose, "2. compose closes")
        XCTAssertEqual(state.drafts[1]?.text, "hi", "   keeping the draft")
        XCTAssertEqual(state.focus, .timeline)

        state.send(.command(.back))
        XCTAssertEqual(state.focus, .list, "3. the timeline hands back to the list")
        XCTAssertEqual(state.filter, "Ticket", "   the filter is not touched from the timeline")

        state.send(.command(.back))
        XCTAssertEqual(state.filter, "", "4. the active filter is cleared")
    }

    func testEscWhileTypingTheFilterClearsItFirst() {
        var state = Fixture.loaded(Fixture.tickets(3))
        state.send(.command(.startFilter), .edit(.insert("Ticket 3")))
        XCTAssertEqual(state.visibleIDs, [3])
        state.send(.command(.back))
        XCTAssertFalse(state.isEditingFilter)
        XCTAssertEqual(state.visibleIDs, [1, 2, 3])
    }
}
