import TickettyCore
import XCTest
@testable import TickettyStore

final class ReducerWritesTests: XCTestCase {
    private let tickets = Fixture.tickets(4)

    func testStatusIsShownAtOnceAndRolledBackWithTheMissingPermission() throws {
        let store = TestStore(state: Fixture.loaded(tickets))
        let before = tickets[0]
        var solved = before
        solved.status = .solved
        try store.send(.command(.setStatus(.solved)), {
            $0.tickets[1] = solved
            $0.pendingWrites = [PendingWrite(id: 1, write: .setStatus(.solved, [1]), previous: [before])]
            $0.nextWriteID = 2
            $0.undoHistory = [UndoRecord(writeID: 1, write: .setStatus(.solved, [1]), previous: [before], madeAt: Fixture.now)]
        }, effects: [.perform(.setStatus(.solved, [1]), id: 1)])

        try store.send(.writeFailed(id: 1, .forbidden(permission: "SET_STATUS"))) {
            $0.tickets[1] = before
            $0.pendingWrites = []
            $0.message = .error("Not allowed: the API key lacks SET_STATUS")
        }
        XCTAssertTrue(store.state.message?.text.contains("SET_STATUS") ?? false)
    }

    func testMarkedTicketsGetOneWriteAndTheMarksAreCleared() throws {
        var state = Fixture.loaded(tickets)
        state.send(.command(.toggleMark), .command(.moveDown), .command(.toggleMark), .command(.toggleMark))
        XCTAssertEqual(state.marked, [1, 3, 4])

        let effects = state.send(.command(.openStatusMenu), .command(.setStatus(.solved)))
        XCTAssertEqual(effects, [.perform(.setStatus(.solved, [1, 3, 4]), id: 1)], "one request for the whole set")
        XCTAssertEqual(state.marked, [])
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.tickets.values.filter { $0.status == .solved }.map(\.id).sorted(), [1, 3, 4])

        state.send(.writeSucceeded(id: 1))
        XCTAssertEqual(state.pendingWrites, [])
        XCTAssertEqual(state.message, StatusMessage("Status set to Solved on 3 tickets"))
        XCTAssertEqual(state.tickets[3]?.status, .solved)
    }

    func testMarksHiddenByTheFilterAreLeftAlone() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.toggleMark), .command(.toggleMark))  // marks 1 and 2
        state.send(.command(.startFilter), .edit(.insert("Ticket 2")), .command(.confirmSelection))
        let effects = state.send(.command(.setPriority(.urgent)))
        XCTAssertEqual(effects, [.perform(.setPriority(.urgent, [2]), id: 1)])
        XCTAssertEqual(state.marked, [1], "the hidden mark survives")
        XCTAssertEqual(state.tickets[1]?.priority, .medium)
    }

    func testInTheTimelineCommandsApplyToTheOpenTicketNotTheMarks() {
        var state = Fixture.opened(tickets, 3)
        state.marked = [1, 2]
        let effects = state.send(.command(.setStatus(.closed)))
        XCTAssertEqual(effects, [.perform(.setStatus(.closed, [3]), id: 1)])
        XCTAssertEqual(state.openTicket?.ticket.status, .closed, "the timeline header shows it too")
        XCTAssertEqual(state.marked, [1, 2])
    }

    func testFailureOfTheFirstOfTwoWritesUndoesOnlyItsOwnField() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.setStatus(.solved)), .command(.setPriority(.urgent)))
        XCTAssertEqual(state.tickets[1]?.status, .solved)
        XCTAssertEqual(state.tickets[1]?.priority, .urgent)

        state.send(.writeFailed(id: 1, .timeout))
        XCTAssertEqual(state.tickets[1]?.status, .open, "the failed status is undone")
        XCTAssertEqual(state.tickets[1]?.priority, .urgent, "the later, still pending priority stays")

        state.send(.writeFailed(id: 2, .timeout))
        XCTAssertEqual(state.tickets[1], tickets[0], "and fails back to the original, not to 'solved'")
    }

    func testFailureOfTheFirstOfTwoWritesToTheSameFieldKeepsTheLaterValue() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.setStatus(.solved)), .command(.setStatus(.closed)))
        state.send(.writeFailed(id: 1, .server(status: 500, message: "")))
        XCTAssertEqual(state.tickets[1]?.status, .closed, "the later write will still reach the server")
        state.send(.writeFailed(id: 2, .server(status: 500, message: "")))
        XCTAssertEqual(state.tickets[1]?.status, .open)
    }

    func testAConfirmedLaterWriteSurvivesTheFailureOfAnEarlierOne() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.setStatus(.solved)), .command(.setStatus(.closed)))
        state.send(.writeSucceeded(id: 2), .writeFailed(id: 1, .timeout))
        XCTAssertEqual(state.tickets[1]?.status, .closed)
        XCTAssertEqual(state.pendingWrites, [])
    }

    func testServerDataKeepsPendingValuesVisibleAndFreshensTheRollback() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.setStatus(.solved)))
        var fromServer = tickets[0]
        fromServer.title = "Printer on fire (renamed)"
        fromServer.lastUpdate = Fixture.now.addingTimeInterval(30)
        state.send(.refreshDue, .ticketsLoaded(TicketPage(tickets: [fromServer], start: 0, total: 4), Fixture.firstPage))
        XCTAssertEqual(state.tickets[1]?.status, .solved, "still pending, still shown")
        XCTAssertEqual(state.tickets[1]?.title, "Printer on fire (renamed)")

        state.send(.writeFailed(id: 1, .timeout))
        XCTAssertEqual(state.tickets[1], fromServer, "rolls back to the server's latest, not a stale copy")
    }

    func testOlderServerDataDoesNotReplaceNewer() {
        var state = Fixture.loaded(tickets)
        var stale = tickets[1]
        stale.title = "old title"
        stale.lastUpdate = stale.lastUpdate.addingTimeInterval(-600)
        state.send(.ticketsLoaded(TicketPage(tickets: [stale], start: 0, total: 4), TicketQuery(start: 7)))
        XCTAssertEqual(state.tickets[2]?.title, "Ticket 2")
    }

    func testAssigningAGroupClearsTheAgentAndConfirmsByName() {
        var state = Fixture.loaded(tickets)
        state.tickets[1]?.assignedAgent = Fixture.mei
        state.send(.command(.assign(.group(Fixture.finance))))
        XCTAssertEqual(state.tickets[1]?.assignedGroup, Fixture.finance)
        XCTAssertNil(state.tickets[1]?.assignedAgent)
        state.send(.writeSucceeded(id: 1))
        XCTAssertEqual(state.message?.text, "Assigned ticket 1 to Finance")
    }

    func testNothingSelectedSaysSoAndWritesNothing() {
        var state = State(accountName: "DEMO", now: Fixture.now)
        XCTAssertEqual(state.send(.command(.setStatus(.closed))), [])
        XCTAssertEqual(state.message?.text, "No ticket selected")
    }
}

final class LandedWritesTests: XCTestCase {
    private let tickets = Fixture.tickets(3)

    func testAReadThatCrossedAConfirmedWriteDoesNotFlipTheScreenBack() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.setStatus(.closed)), .writeSucceeded(id: 1))
        // A refresh sent before the write landed answers with the ticket as it was.
        state.send(.refreshDue)
        state.send(.ticketsLoaded(TicketPage(tickets: tickets, start: 0, total: 3), Fixture.firstPage))
        XCTAssertEqual(state.tickets[1]?.status, .closed)

        // Newer server data holds the write (or someone else's later change): it wins.
        var reopened = tickets[0]
        reopened.status = .open
        reopened.lastUpdate = Fixture.now.addingTimeInterval(30)
        state.send(.refreshDue)
        state.send(.ticketsLoaded(TicketPage(tickets: [reopened], start: 0, total: 1), Fixture.firstPage))
        XCTAssertEqual(state.tickets[1]?.status, .open)
        XCTAssertEqual(state.landedWrites, [], "retired once the server showed newer data")
    }
}
