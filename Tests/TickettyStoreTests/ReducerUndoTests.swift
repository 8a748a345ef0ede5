import TickettyCore
import XCTest
@testable import TickettyStore

final class ReducerUndoTests: XCTestCase {
    private let tickets = Fixture.tickets(4)

    func testUndoShowsTheOldStatusAtOnceAndCancelsBothWritesIfNeitherWentOut() throws {
        var state = Fixture.loaded(tickets)
        state.send(.command(.setStatus(.solved)))
        XCTAssertEqual(state.tickets[1]?.status, .solved)

        let effects = state.send(.command(.undo))
        XCTAssertEqual(effects, [.perform(.setStatus(.open, [1]), id: 2), .cancelWrites([1, 2])])
        XCTAssertEqual(state.tickets[1]?.status, .open, "the old status shows before the network answers")
        XCTAssertEqual(state.message?.text, "Undone: status set to Open on ticket 1")

        state.send(.writesCancelled([1, 2]))
        XCTAssertEqual(state.pendingWrites, [])
        XCTAssertEqual(state.tickets[1], tickets[0])
    }

    func testUndoAfterTheWriteWentOutSendsTheInverseBehindIt() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.setPriority(.urgent)), .writeSucceeded(id: 1))
        XCTAssertEqual(state.send(.command(.undo)), [.perform(.setPriority(.medium, [1]), id: 2)],
                       "nothing left to cancel: the inverse simply follows")
        XCTAssertEqual(state.tickets[1]?.priority, .medium)
        state.send(.writeSucceeded(id: 2))
        XCTAssertEqual(state.tickets[1]?.priority, .medium)
        XCTAssertEqual(state.pendingWrites, [])
    }

    func testTooLateToCancelLeavesTheInverseToRunInOrder() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.setStatus(.closed)), .command(.undo), .writesNotCancelled([1, 2]))
        XCTAssertEqual(state.tickets[1]?.status, .open)
        state.send(.writeSucceeded(id: 1))
        XCTAssertEqual(state.tickets[1]?.status, .open, "the inverse is still pending on top")
        state.send(.writeSucceeded(id: 2))
        XCTAssertEqual(state.tickets[1]?.status, .open)
    }

    func testBulkUndoRestoresEachTicketsOwnOldValueWithFewWrites() {
        var mixed = tickets
        mixed[1].status = .pending
        var state = Fixture.loaded(mixed)
        state.send(.command(.toggleMark), .command(.toggleMark), .command(.toggleMark))
        XCTAssertEqual(state.send(.command(.setStatus(.closed))), [.perform(.setStatus(.closed, [1, 2, 3]), id: 1)])

        let effects = state.send(.command(.undo))
        XCTAssertEqual(effects, [
            .perform(.setStatus(.open, [1, 3]), id: 2), .perform(.setStatus(.pending, [2]), id: 3),
            .cancelWrites([1, 2, 3]),
        ])
        XCTAssertEqual(state.tickets[2]?.status, .pending)
        XCTAssertEqual(state.tickets[3]?.status, .open)
    }

    func testUndoingAnAssignmentRestoresTheGroupAndTheAgent() {
        var assigned = tickets
        assigned[0].assignedGroup = Fixture.support
        assigned[0].assignedAgent = Fixture.mei
        var state = Fixture.loaded(assigned)
        state.send(.command(.assign(.group(Fixture.finance))))
        XCTAssertNil(state.tickets[1]?.assignedAgent)
        let effects = state.send(.command(.undo))
        XCTAssertEqual(effects.prefix(2), [
            .perform(.assign(.group(Fixture.support), [1]), id: 2), .perform(.assign(.agent(Fixture.mei), [1]), id: 3),
        ])
        XCTAssertEqual(state.tickets[1]?.assignedGroup, Fixture.support)
        XCTAssertEqual(state.tickets[1]?.assignedAgent, Fixture.mei)
    }

    func testUndoGoesBackOneActionAtATimeAndOnlyWithinTheWindow() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.setStatus(.pending)), .command(.setPriority(.high)))
        state.send(.command(.undo))
        XCTAssertEqual(state.tickets[1]?.priority, .medium)
        XCTAssertEqual(state.tickets[1]?.status, .pending, "only the newest action is taken back")

        state.send(.keyPressed(at: Fixture.now.addingTimeInterval(state.undoWindow + 1)))
        XCTAssertEqual(state.send(.command(.undo)), [])
        XCTAssertEqual(state.message?.text, "Nothing to undo")
        XCTAssertEqual(state.tickets[1]?.status, .pending)
    }

    func testAHeldReplyCountsDownAndUndoPutsItBackInCompose() {
        var state = Fixture.opened(tickets, 2)
        state.send(.command(.startReply), .edit(.insert("Thanks, fixed.")))
        let effects = state.send(.command(.sendCompose))
        let hold = Fixture.now.addingTimeInterval(5)
        XCTAssertEqual(effects.first, .perform(.post(OutgoingMessage(kind: .reply, text: "Thanks, fixed."), tickets[1]), id: 1, holdUntil: hold))
        XCTAssertEqual(state.heldReply?.id, 1)
        XCTAssertEqual(state.send(.clockTicked(Fixture.now.addingTimeInterval(1))), [.scheduleClockTick(afterSeconds: 1)],
                       "the countdown ticks every second while the reply is held")

        XCTAssertEqual(state.send(.command(.undo)), [.cancelWrites([1])])
        state.send(.writesCancelled([1]))
        XCTAssertEqual(state.compose?.text, "Thanks, fixed.")
        XCTAssertEqual(state.focus, .compose)
        XCTAssertEqual(state.pendingWrites, [])
        XCTAssertNil(state.heldReply)
        XCTAssertEqual(state.send(.clockTicked(Fixture.now.addingTimeInterval(2))), [.scheduleClockTick(afterSeconds: 60)])
    }

    func testAReplyThatAlreadyWentOutCannotBeUndone() {
        var state = Fixture.opened(tickets, 2)
        state.send(.command(.startReply), .edit(.insert("Sent for real")), .command(.sendCompose), .writeSucceeded(id: 1))
        XCTAssertEqual(state.send(.command(.undo)), [])
        XCTAssertEqual(state.message, .error("Too late to undo: the reply has gone out"))

        state.send(.command(.startReply), .edit(.insert("Second")), .command(.sendCompose), .command(.undo))
        state.send(.writesNotCancelled([2]))
        XCTAssertEqual(state.message, .error("Too late to undo: the reply has gone out"))
    }

    func testNoteIsNotHeldButCanBeTakenBackWhileUnsent() {
        var state = Fixture.opened(tickets, 2)
        state.send(.command(.startNote), .edit(.insert("internal")))
        let effects = state.send(.command(.sendCompose))
        XCTAssertEqual(effects, [.perform(.post(OutgoingMessage(kind: .note, text: "internal"), tickets[1]), id: 1)])
        XCTAssertNil(state.heldReply)
    }
}
