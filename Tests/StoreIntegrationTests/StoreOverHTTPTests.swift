import TickettyCore
import TickettyStore
import XCTest

/// The store, its effect runner and the Omnidesk client together, over real HTTP.
final class StoreOverHTTPTests: XCTestCase {
    private var desk: DemoDeskStore!

    override func setUp() async throws {
        desk = try await DemoDeskStore.start()
    }

    override func tearDown() async throws {
        await desk.stop()
    }

    private func loadList() async throws {
        desk.send(.started)
        try await desk.waitUntil("the list to load") { state in
            state.hasLoadedAllTickets && !state.visibleTicketIDs.isEmpty
        }
    }

    func testStartingLoadsTheWholeQueueNewestFirst() async throws {
        try await loadList()
        let state = desk.store.state
        XCTAssertEqual(state.visibleTicketIDs.count, 60)
        let updates = state.visibleTicketIDs.compactMap { state.tickets[$0]?.lastUpdate }
        XCTAssertEqual(updates, updates.sorted(by: >), "the list is sorted by last update, newest first")
        XCTAssertEqual(state.selectedTicketID, state.visibleTicketIDs.first)
    }

    func testOpeningATicketLoadsItsTimeline() async throws {
        try await loadList()
        let id = try XCTUnwrap(desk.store.state.selectedTicketID)
        desk.send(.command(.openSelected))
        try await desk.waitUntil("the timeline") { $0.openTicket?.ticket.id == id }
        XCTAssertFalse(desk.store.state.openTicket?.timeline.isEmpty ?? true)
    }

    func testAStatusChangeShowsAtOnceAndReachesTheServer() async throws {
        try await loadList()
        let id = try XCTUnwrap(desk.store.state.selectedTicketID)
        let target: TicketStatus = desk.store.state.tickets[id]?.status == .pending ? .holding : .pending

        desk.send(.command(.setStatus(target)))
        XCTAssertEqual(desk.store.state.tickets[id]?.status, target, "optimistic: shown before the server answers")
        XCTAssertEqual(desk.store.state.pendingWrites.count, 1)

        try await desk.waitUntil("the write to be confirmed") { $0.pendingWrites.isEmpty }
        let onServer = try await desk.backend.ticket(id)
        XCTAssertEqual(onServer.ticket.status, target)
    }

    func testMarkedTicketsChangePriorityTogether() async throws {
        try await loadList()
        let ids = Array(desk.store.state.visibleTicketIDs.prefix(3))
        for _ in ids { desk.send(.command(.toggleMark)) }
        XCTAssertEqual(desk.store.state.marked, Set(ids))

        desk.send(.command(.setPriority(.urgent)))
        try await desk.waitUntil("the bulk write to be confirmed") { $0.pendingWrites.isEmpty }
        for id in ids {
            let onServer = try await desk.backend.ticket(id)
            XCTAssertEqual(onServer.ticket.priority, .urgent, "ticket \(id)")
        }
    }

    func testAReplyIsPostedAndTheDraftIsGoneAfterwards() async throws {
        try await loadList()
        let id = try XCTUnwrap(desk.store.state.selectedTicketID)
        desk.send(.command(.openSelected))
        try await desk.waitUntil("the timeline") { $0.openTicket?.ticket.id == id }
        let before = try XCTUnwrap(desk.store.state.openTicket?.timeline.count)

        desk.send(.command(.startReply))
        desk.send(.edit(.insert("Thanks, Zoë — the refund is on its way.")))
        desk.send(.command(.sendCompose))
        try await desk.waitUntil("the reply to appear on the timeline") { state in
            state.pendingWrites.isEmpty && (state.openTicket?.timeline.count ?? 0) > before
        }
        let timeline = try await desk.backend.ticket(id).timeline
        XCTAssertEqual(timeline.last?.kind, .agentMessage)
        XCTAssertNil(desk.store.state.compose, "compose closes once the reply is sent")
        XCTAssertNil(desk.store.state.savedDraft(for: id, kind: .reply))
    }
}
