import TickettyCore
import XCTest
@testable import TickettyStore

final class ReducerComposeTests: XCTestCase {
    private let tickets = Fixture.tickets(3)

    func testEscKeepsTheDraftAndReplyBringsItBackPerTicket() {
        var state = Fixture.opened(tickets, 2)
        state.send(.command(.startReply))
        XCTAssertEqual(state.focus, .compose)
        XCTAssertEqual(state.compose, Draft(ticketID: 2, kind: .reply))
        state.send(.edit(.insert("Hello Anna")), .command(.back))
        XCTAssertNil(state.compose)
        XCTAssertEqual(state.focus, .timeline)
        XCTAssertEqual(state.drafts[2]?.text, "Hello Anna")

        // Another ticket starts its own, empty reply.
        state.send(.command(.back), .command(.moveToFirst), .command(.startReply))
        XCTAssertEqual(state.compose, Draft(ticketID: 1, kind: .reply))
        state.send(.command(.cancelCompose))
        XCTAssertNil(state.drafts[1], "an empty draft is not kept")

        state.send(.command(.moveDown), .command(.startReply))
        XCTAssertEqual(state.compose?.text, "Hello Anna")
        XCTAssertEqual(state.compose?.cursor, 10)
    }

    func testNotesAndRepliesAreKeptApart() {
        var state = Fixture.opened(tickets, 1)
        state.send(.command(.startReply), .edit(.insert("to the customer")), .command(.startNote))
        XCTAssertEqual(state.compose, Draft(ticketID: 1, kind: .note))
        state.send(.edit(.insert("internal")), .command(.back))
        XCTAssertEqual(state.drafts[1]?.text, "to the customer")
        XCTAssertEqual(state.noteDrafts[1]?.text, "internal")
        XCTAssertTrue(state.hasDraft(1))
    }

    func testSendPostsOneWriteAndKeepsTheDraftUntilConfirmed() throws {
        var state = Fixture.opened(tickets, 2)
        state.send(.command(.startReply), .edit(.insert("Fixed.")))
        let store = TestStore(state: state)
        let reply = OutgoingMessage(kind: .reply, text: "Fixed.")
        let draft = Draft(ticketID: 2, kind: .reply, text: "Fixed.", cursor: 6)
        // A reply waits five seconds for `u` before it goes.
        let held = Fixture.now.addingTimeInterval(5)
        try store.send(.command(.sendCompose), {
            $0.compose = nil
            $0.drafts[2] = draft
            $0.focus = .timeline
            $0.message = StatusMessage("Sending reply…")
            $0.pendingWrites = [PendingWrite(
                id: 1, write: .post(reply, self.tickets[1]), previous: [self.tickets[1]], holdUntil: held)]
            $0.nextWriteID = 2
            $0.undoHistory = [UndoRecord(writeID: 1, write: .post(reply, self.tickets[1]), previous: [self.tickets[1]], madeAt: Fixture.now)]
        }, effects: [.perform(.post(reply, tickets[1]), id: 1, holdUntil: held), .scheduleClockTick(afterSeconds: 1)])

        try store.send(.writeSucceeded(id: 1), {
            $0.drafts[2] = nil
            $0.pendingWrites = []
            $0.message = StatusMessage("Reply sent on ticket 2")
        }, effects: [.fetchTicket(2)])
    }

    func testAFailedSendNeverLosesAWord() {
        var state = Fixture.opened(tickets, 2)
        state.send(.command(.startReply), .edit(.insert("Long careful answer")), .command(.sendCompose))
        state.drafts = [:]  // even if the kept copy went missing
        state.send(.writeFailed(id: 1, .transport("connection reset")))
        XCTAssertEqual(state.drafts[2]?.text, "Long careful answer")
        XCTAssertEqual(state.message?.severity, .error)
        XCTAssertTrue(state.message?.text.contains("connection reset") ?? false)

        state.send(.command(.startReply))
        XCTAssertEqual(state.compose?.text, "Long careful answer")
    }

    func testEmptyOrBlankTextIsRefusedAndDoubleSendIsPrevented() {
        var state = Fixture.opened(tickets, 1)
        state.send(.command(.startReply), .edit(.insert("  \n\t ")))
        XCTAssertEqual(state.send(.command(.sendCompose)), [])
        XCTAssertEqual(state.message?.severity, .error)
        XCTAssertEqual(state.focus, .compose, "the pane stays open to write in")

        state.compose?.text = "Once"
        XCTAssertEqual(state.send(.command(.sendCompose)).filter { if case .perform = $0 { true } else { false } }.count, 1)
        state.send(.command(.startReply))
        XCTAssertEqual(state.send(.command(.sendCompose)), [], "the same text is already on its way")
    }

    func testExternalEditorReplacesTheTextOrLeavesItAlone() {
        var state = Fixture.opened(tickets, 1)
        state.send(.command(.startNote), .edit(.insert("draft")))
        XCTAssertEqual(state.send(.command(.editComposeExternally)), [.editExternally("draft")])
        state.send(.externalEditFinished("longer\r\ndraft\n\n"))
        XCTAssertEqual(state.compose?.text, "longer\ndraft")
        XCTAssertEqual(state.compose?.cursor, 12)

        state.send(.externalEditFinished(nil))
        XCTAssertEqual(state.compose?.text, "longer\ndraft")
        XCTAssertEqual(state.message?.severity, .error)
    }

    func testMovingCommandsInComposeMoveTheCursorNotTheList() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.startReply), .edit(.insert("one\ntwo")), .command(.moveUp))
        XCTAssertEqual(state.compose?.cursor, 3)
        state.send(.command(.moveDown), .command(.moveDown), .command(.moveToFirst))
        XCTAssertEqual(state.compose?.cursor, 0)
        XCTAssertEqual(state.selectedTicketID, 1)
    }
}
