import TickettyCore
import XCTest
@testable import TickettyStore

final class ReducerOutboxTests: XCTestCase {
    private let tickets = Fixture.tickets(3)

    func testRestoredWritesShowAtOnceResumeInOrderAndNewIDsGoOn() {
        var state = Fixture.loaded(tickets)
        let entries = [
            OutboxEntry(id: 8, write: .setPriority(.urgent, [2]), createdAt: Fixture.now, attempts: 1),
            OutboxEntry(id: 7, write: .setStatus(.closed, [2]), createdAt: Fixture.now),
        ]
        let effects = state.send(.outboxRestored(entries))
        XCTAssertEqual(effects, [.resumeWrites([entries[1], entries[0]])])
        XCTAssertEqual(state.tickets[2]?.status, .closed)
        XCTAssertEqual(state.tickets[2]?.priority, .urgent)
        XCTAssertEqual(state.pendingWrites.map(\.id), [7, 8])
        XCTAssertEqual(state.message?.text, "2 writes left from the last session: sending them")

        XCTAssertEqual(state.send(.command(.setStatus(.pending))), [.perform(.setStatus(.pending, [1]), id: 9)])
    }

    func testARestoredWriteAppliesWhenItsTicketArrivesLater() {
        var state = State(accountName: "DEMO", now: Fixture.now)
        state.send(.outboxRestored([OutboxEntry(id: 1, write: .setStatus(.solved, [3]), createdAt: Fixture.now)]))
        state.send(.started)
        state.send(.ticketsLoaded(TicketPage(tickets: tickets, start: 0, total: 3), Fixture.firstPage))
        XCTAssertEqual(state.tickets[3]?.status, .solved, "the pending write stays on top of server data")
    }

    func testARetryingWriteStaysOnScreenAndSaysWhenItTriesAgain() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.setStatus(.solved)))
        state.send(.writeRetrying(id: 1, .server(status: 503, message: ""), retryAt: Fixture.now.addingTimeInterval(8)))
        XCTAssertEqual(state.tickets[1]?.status, .solved)
        XCTAssertEqual(state.message, .error("Server error 503 — 1 write waits, retrying in 8 s"))
        XCTAssertEqual(state.pendingWrites.first?.retryAt, Fixture.now.addingTimeInterval(8))
    }

    func testRestoredDraftsComeBackWhenComposeOpens() {
        var state = Fixture.opened(tickets, 2)
        state.send(.draftsRestored([
            Draft(ticketID: 2, kind: .reply, text: "half an answer", cursor: 4),
            Draft(ticketID: 2, kind: .note, text: "   ", cursor: 0),
        ]))
        XCTAssertNil(state.noteDrafts[2], "a blank draft is not worth keeping")
        state.send(.command(.startReply))
        XCTAssertEqual(state.compose?.text, "half an answer")
    }

    func testDraftChangesFollowTypingSendingAndDiscarding() {
        var state = Fixture.opened(tickets, 2)
        var before = state
        state.send(.command(.startReply))
        XCTAssertTrue(DraftChanges.between(before, state).isEmpty, "an empty draft is not saved")

        before = state
        state.send(.edit(.insert("H")))
        XCTAssertEqual(DraftChanges.between(before, state).saved.map(\.text), ["H"])

        before = state
        state.send(.command(.cancelCompose))
        XCTAssertTrue(DraftChanges.between(before, state).isEmpty, "moving the draft aside changes nothing on disk")

        state.send(.command(.startReply), .edit(.insert("i")), .command(.sendCompose))
        before = state
        state.send(.clockTicked(Fixture.now.addingTimeInterval(6)), .writeSucceeded(id: 1))
        XCTAssertEqual(DraftChanges.between(before, state).removed, [DraftKey(ticketID: 2, kind: .reply)])
    }
}
