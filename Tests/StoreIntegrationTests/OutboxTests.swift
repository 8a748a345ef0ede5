import DemoServer
import Foundation
import TickettyCore
@testable import TickettyStore
import XCTest

/// Writes through the outbox against a real demo desk: nothing lost, nothing sent twice, and
/// each ticket's changes in the agent's order, whatever the server does.
final class OutboxTests: XCTestCase {
    private var desk: DemoDeskStore!

    override func tearDown() async throws {
        await desk?.stop()
    }

    private func start(journal: MemoryJournal = MemoryJournal(), undoSendDelay: Double = 0) async throws {
        desk = try await DemoDeskStore.loaded(tickets: 30, journal: journal, undoSendDelay: undoSendDelay)
    }

    /// The number of messages on the ticket's timeline whose text contains `text`.
    private func messages(containing text: String, on id: TicketID) async throws -> Int {
        try await desk.backend.ticket(id).timeline.filter { entry in
            switch entry.body {
            case .html(let body), .text(let body): body.contains(text)
            }
        }.count
    }

    func testThirtyPercentFailuresAndRateLimitsLoseNothingAndSendNothingTwice() async throws {
        let journal = MemoryJournal()
        try await start(journal: journal)
        let ids = Array(desk.store.state.visibleTicketIDs.prefix(3))
        await desk.server.setFaults(Faults(failureRate: 0.3, rateLimitRate: 0.1, retryAfter: 1))

        // Ticket 0 goes through three statuses: only the order makes the last one win.
        desk.send(.command(.setStatus(.pending)))
        desk.send(.command(.setPriority(.urgent)))
        desk.send(.command(.setStatus(.solved)))
        desk.send(.command(.setStatus(.closed)))
        desk.send(.command(.moveDown))
        desk.send(.command(.setPriority(.low)))
        desk.send(.command(.startReply))
        desk.send(.edit(.insert("Your refund is on its way (soak)")))
        desk.send(.command(.sendCompose))
        desk.send(.command(.startNote))
        desk.send(.edit(.insert("Refund approved by finance (soak)")))
        desk.send(.command(.sendCompose))
        desk.send(.command(.moveDown))
        desk.send(.command(.setStatus(.pending)))
        XCTAssertEqual(desk.store.state.tickets[ids[0]]?.status, .closed, "the screen changed at once")

        try await desk.waitUntil("every write to land", seconds: 60) { $0.pendingWrites.isEmpty }
        await desk.server.setFaults(Faults())

        XCTAssertEqual(journal.pending, [], "the outbox is empty once everything landed")
        let first = try await desk.backend.ticket(ids[0]).ticket
        XCTAssertEqual(first.status, .closed)
        XCTAssertEqual(first.priority, .urgent)
        let second = try await desk.backend.ticket(ids[1]).ticket
        let third = try await desk.backend.ticket(ids[2]).ticket
        XCTAssertEqual(second.priority, .low)
        XCTAssertEqual(third.status, .pending)
        let replies = try await messages(containing: "Your refund is on its way (soak)", on: ids[1])
        let notes = try await messages(containing: "Refund approved by finance (soak)", on: ids[1])
        XCTAssertEqual(replies, 1, "the reply reached the customer exactly once")
        XCTAssertEqual(notes, 1)
    }

    func testAReplyThatReachedTheServerBeforeACrashIsNotSentAgain() async throws {
        try await start()
        let id = try XCTUnwrap(desk.store.state.visibleTicketIDs.first)
        let ticket = try XCTUnwrap(desk.store.state.tickets[id])
        let reply = OutgoingMessage(kind: .reply, text: "Sent just before the crash")
        // The last run sent the reply, then died before the answer removed it from the outbox.
        try await desk.backend.post(reply, on: ticket)
        let left = OutboxEntry(id: 41, write: .post(reply, ticket), createdAt: Date(), attempts: 1)

        desk.send(.outboxRestored([left]))
        try await desk.waitUntil("the restored write to settle") { $0.pendingWrites.isEmpty }
        let copies = try await messages(containing: "Sent just before the crash", on: id)
        XCTAssertEqual(copies, 1)
    }

    func testAReplyRestoredBeforeItsFirstAttemptIsSentOnce() async throws {
        try await start()
        let id = try XCTUnwrap(desk.store.state.visibleTicketIDs.first)
        let ticket = try XCTUnwrap(desk.store.state.tickets[id])
        let reply = OutgoingMessage(kind: .reply, text: "Written, then the lid closed")
        desk.send(.outboxRestored([OutboxEntry(id: 5, write: .post(reply, ticket), createdAt: Date())]))
        try await desk.waitUntil("the restored write to settle") { $0.pendingWrites.isEmpty }
        let copies = try await messages(containing: "Written, then the lid closed", on: id)
        XCTAssertEqual(copies, 1)
    }

    func testAHeldReplyTakenBackNeverReachesTheCustomer() async throws {
        let journal = MemoryJournal()
        // Held for 60 s (3 s with the quick clock): plenty of time to press u.
        try await start(journal: journal, undoSendDelay: 60)
        let id = try XCTUnwrap(desk.store.state.selectedTicketID)
        desk.send(.command(.startReply))
        desk.send(.edit(.insert("Oops, wrong customer")))
        desk.send(.command(.sendCompose))
        try await desk.waitUntil("the reply to be in the outbox") { _ in journal.pending.count == 1 }

        desk.send(.command(.undo))
        try await desk.waitUntil("the reply to come back") { $0.compose?.text == "Oops, wrong customer" }
        XCTAssertEqual(journal.pending, [])
        let copies = try await messages(containing: "Oops, wrong customer", on: id)
        XCTAssertEqual(copies, 0)
    }

    func testUndoAfterTheChangeLandedPutsTheOldValueBackOnTheServer() async throws {
        try await start()
        let id = try XCTUnwrap(desk.store.state.selectedTicketID)
        let original = try XCTUnwrap(desk.store.state.tickets[id]?.priority)
        let target: TicketPriority = original == .urgent ? .low : .urgent
        desk.send(.command(.setPriority(target)))
        try await desk.waitUntil("the change to land") { $0.pendingWrites.isEmpty }
        let landed = try await desk.backend.ticket(id).ticket.priority
        XCTAssertEqual(landed, target)

        desk.send(.command(.undo))
        XCTAssertEqual(desk.store.state.tickets[id]?.priority, original)
        try await desk.waitUntil("the undo to land") { $0.pendingWrites.isEmpty }
        let restored = try await desk.backend.ticket(id).ticket.priority
        XCTAssertEqual(restored, original)
    }
}
