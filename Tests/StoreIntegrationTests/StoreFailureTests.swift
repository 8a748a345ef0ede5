import DemoServer
import TickettyCore
import TickettyStore
import XCTest

/// What the agent sees when the server refuses or fails a write: the old values come back and
/// the status line says why, in plain words.
final class StoreFailureTests: XCTestCase {
    private var desk: DemoDeskStore!

    override func setUp() async throws {
        desk = try await DemoDeskStore.loaded(tickets: 20)
    }

    override func tearDown() async throws {
        await desk.stop()
    }

    func testARefusedStatusChangeRollsBackAndNamesTheMissingPermission() async throws {
        await desk.stop()
        desk = try await DemoDeskStore.loaded(tickets: 20, key: DemoDeskStore.readOnlyKey)
        let id = try XCTUnwrap(desk.store.state.selectedTicketID)
        let original = try XCTUnwrap(desk.store.state.tickets[id]?.status)
        let target: TicketStatus = original == .solved ? .open : .solved

        desk.send(.command(.setStatus(target)))
        XCTAssertEqual(desk.store.state.tickets[id]?.status, target)
        try await desk.waitUntil("the refusal to be reported") { $0.pendingWrites.isEmpty }

        XCTAssertEqual(desk.store.state.tickets[id]?.status, original, "rolled back to what the server has")
        XCTAssertEqual(desk.store.state.message?.severity, .error)
        XCTAssertTrue(desk.store.state.message?.text.contains("Not allowed") ?? false, "\(desk.store.state.message?.text ?? "")")
        let onServer = try await desk.backend.ticket(id)
        XCTAssertEqual(onServer.ticket.status, original, "nothing changed on the server")
    }

    func testAServerErrorKeepsTheChangeOnScreenAndLandsItWhenTheServerIsBack() async throws {
        let id = try XCTUnwrap(desk.store.state.selectedTicketID)
        let original = try XCTUnwrap(desk.store.state.tickets[id]?.status)
        let target: TicketStatus = original == .solved ? .open : .solved
        await desk.server.setFaults(Faults(mode: .error500))

        desk.send(.command(.setStatus(target)))
        try await desk.waitUntil("the write to wait for a retry") { $0.pendingWrites.first?.retryAt != nil }
        XCTAssertEqual(desk.store.state.tickets[id]?.status, target, "kept on screen, not rolled back")
        XCTAssertTrue(desk.store.state.message?.text.contains("retrying in") ?? false, "\(desk.store.state.message?.text ?? "")")

        await desk.server.setFaults(Faults())
        try await desk.waitUntil("the write to land", seconds: 20) { $0.pendingWrites.isEmpty }
        XCTAssertEqual(desk.store.state.tickets[id]?.status, target)
        let onServer = try await desk.backend.ticket(id)
        XCTAssertEqual(onServer.ticket.status, target)
    }

    func testARefusedReplyKeepsEveryWordOfTheDraft() async throws {
        let id = try XCTUnwrap(desk.store.state.selectedTicketID)
        desk.send(.command(.openSelected))
        try await desk.waitUntil("the timeline") { $0.openTicket?.ticket.id == id }
        await desk.server.setFaults(Faults(mode: .html))

        let text = "Dear customer,\nyour parcel left our warehouse today. 📦"
        desk.send(.command(.startReply))
        desk.send(.edit(.insert(text)))
        desk.send(.command(.sendCompose))
        try await desk.waitUntil("the failure to be reported") { $0.pendingWrites.isEmpty }

        XCTAssertEqual(desk.store.state.savedDraft(for: id, kind: .reply)?.text, text)
        XCTAssertTrue(desk.store.state.message?.text.contains("draft kept") ?? false)
    }
}
