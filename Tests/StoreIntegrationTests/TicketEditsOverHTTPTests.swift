import TickettyCore
import TickettyStore
import XCTest

/// Tags, deleting and creating through the store, the runner and the Omnidesk client, checked
/// on the demo server itself.
final class TicketEditsOverHTTPTests: XCTestCase {
    private var desk: DemoDeskStore!

    override func setUp() async throws {
        desk = try await DemoDeskStore.loaded(tickets: 20)
    }

    override func tearDown() async throws {
        await desk.stop()
    }

    private func markFirst(_ count: Int) -> [TicketID] {
        let ids = Array(desk.store.state.visibleTicketIDs.prefix(count))
        for _ in ids { desk.send(.command(.toggleMark)) }
        return ids
    }

    func testTagsOnMarkedTicketsReachTheServerInOneBatch() async throws {
        let ids = markFirst(3)
        desk.send(.command(.openTagPrompt))
        desk.send(.edit(.insert("+integration-tag")))
        desk.send(.command(.confirmSelection))
        XCTAssertEqual(desk.store.state.pendingWrites.count, 1, "one request for the set")
        for id in ids { XCTAssertTrue(desk.store.state.tickets[id]?.tags.contains("integration-tag") ?? false) }

        try await desk.waitUntil("the tags to be confirmed") { $0.pendingWrites.isEmpty }
        XCTAssertEqual(desk.store.state.message?.severity, .info, desk.store.state.message?.text ?? "")
        for id in ids {
            let onServer = try await desk.backend.ticket(id)
            XCTAssertTrue(onServer.ticket.tags.contains("integration-tag"), "ticket \(id): \(onServer.ticket.tags)")
        }

        // Marks are spent; back on the first ticket, :untag changes it alone.
        desk.send(.command(.moveToFirst))
        desk.send(.command(.startCommandLine))
        desk.send(.edit(.insert("untag integration-tag")))
        desk.send(.command(.confirmSelection))
        try await desk.waitUntil("the untag to be confirmed") { $0.pendingWrites.isEmpty }
        let first = try await desk.backend.ticket(ids[0])
        XCTAssertFalse(first.ticket.tags.contains("integration-tag"))
        let second = try await desk.backend.ticket(ids[1])
        XCTAssertTrue(second.ticket.tags.contains("integration-tag"))
    }

    func testDeletingMarkedTicketsRemovesThemFromTheServer() async throws {
        let ids = markFirst(2)
        let total = try await desk.backend.listTickets(TicketQuery(limit: 1)).total
        desk.send(.command(.deleteTickets))
        desk.send(.edit(.insert("y")))
        XCTAssertFalse(desk.store.state.visibleTicketIDs.contains(ids[0]), "hidden at once")

        try await desk.waitUntil("the delete to be confirmed") { $0.pendingWrites.isEmpty }
        XCTAssertEqual(desk.store.state.message, StatusMessage("Deleted 2 tickets"))
        for id in ids {
            XCTAssertNil(desk.store.state.tickets[id])
            do {
                _ = try await desk.backend.ticket(id)
                XCTFail("ticket \(id) is still on the server")
            } catch {
                XCTAssertEqual(error, .notFound(id))
            }
        }
        let after = try await desk.backend.listTickets(TicketQuery(limit: 1)).total
        XCTAssertEqual(after, total - 2)
    }

    func testARefusedDeleteBringsTheTicketsBackAndNamesThePermission() async throws {
        // A key that may only read: the refusal is for good, so it is not retried.
        await desk.stop()
        desk = try await DemoDeskStore.loaded(tickets: 20, key: DemoDeskStore.readOnlyKey)
        let ids = markFirst(2)
        desk.send(.command(.deleteTickets))
        desk.send(.edit(.insert("y")))
        XCTAssertFalse(desk.store.state.visibleTicketIDs.contains(ids[0]))
        try await desk.waitUntil("the refusal to be reported") { $0.pendingWrites.isEmpty }
        XCTAssertTrue(ids.allSatisfy(desk.store.state.visibleTicketIDs.contains), "both are back in the list")
        XCTAssertEqual(desk.store.state.message?.severity, .error)
        XCTAssertTrue(desk.store.state.message?.text.contains("TICKET_DELETE") ?? false, desk.store.state.message?.text ?? "")
        for id in ids {
            let onServer = try await desk.backend.ticket(id)
            XCTAssertEqual(onServer.ticket.id, id, "still on the server")
        }
    }

    func testCreatingATicketSelectsItAndPostsItsFirstMessage() async throws {
        desk.send(.command(.startCreate))
        desk.send(.edit(.insert("Tent pole snapped")))
        desk.send(.command(.moveDown))
        desk.send(.edit(.insert("The pole snapped on the first night.")))
        desk.send(.command(.moveDown))
        desk.send(.edit(.insert("nia.newman@example.com")))
        // Our address: up past the title, which wraps round to the last fields.
        for _ in 0..<4 { desk.send(.command(.moveUp)) }
        desk.send(.edit(.insert("support@nordlicht.example")))
        desk.send(.command(.confirmSelection))
        XCTAssertNil(desk.store.state.overlay, desk.store.state.message?.text ?? "")

        try await desk.waitUntil("the ticket and its note to be written") { state in
            state.pendingWrites.isEmpty && state.selectedTicketID.flatMap { state.tickets[$0] }?.title == "Tent pole snapped"
        }
        let id = try XCTUnwrap(desk.store.state.selectedTicketID)
        let onServer = try await desk.backend.ticket(id)
        XCTAssertEqual(onServer.ticket.customerAddress, "nia.newman@example.com")
        XCTAssertTrue(onServer.timeline.contains { $0.kind == .note }, "the first message is kept as a note")
    }

    func testACreateThatReachedTheServerBeforeACrashIsNotMadeAgain() async throws {
        let new = NewTicket(
            title: "Made just before the crash", from: "crash@example.com", to: "support@nordlicht.example", brandID: 1)
        // The last run created it, then died before the answer removed it from the outbox.
        let made = try await desk.backend.createTicket(new)
        desk.send(.outboxRestored([OutboxEntry(id: 41, write: .create(new, firstMessage: nil), createdAt: Date(), attempts: 1)]))
        try await desk.waitUntil("the restored create to settle") { $0.pendingWrites.isEmpty }

        let copies = try await desk.backend.listTickets(TicketQuery(limit: 50, text: new.title)).tickets
        XCTAssertEqual(copies.map(\.id), [made.id], "one ticket, not two")
        XCTAssertEqual(desk.store.state.selectedTicketID, made.id, "and it is the one selected")
    }
}
