import Foundation
import TickettyCore
import TickettyStore
import XCTest
@testable import TickettyUI

final class StatusLineTests: XCTestCase {
    private let theme = Theme.builtInDefault

    private func statusLine(_ state: State, columns: Int = 100) -> (String, HeadlessTerminal) {
        let terminal = Fixtures.render(state, columns: columns, rows: 12)
        return (terminal.lines[11], terminal)
    }

    func testAccountCountsAndSync() {
        var state = Fixtures.state(tickets: Fixtures.manyTickets(312))
        state.marked = [1000, 1001, 1002]
        state.pendingWrites = [
            PendingWrite(id: 1, write: .setStatus(.closed, [1000]), previous: []),
            PendingWrite(id: 2, write: .setPriority(.high, [1001]), previous: []),
        ]
        state.sync = .syncing(loaded: 120, total: 300)
        let (line, terminal) = statusLine(state)
        XCTAssertTrue(line.hasPrefix(" acme  312 tickets · 3 marked · 2 pending · syncing 120/300"), line)
        XCTAssertEqual(terminal.style(at: Position(column: 1, row: 11)), theme[.statusAccount])
    }

    func testAFirstSyncOfABigAccountCountsInReadableNumbers() {
        var state = Fixtures.state(tickets: [])
        state.sync = .syncing(loaded: 12_400, total: 100_000)
        XCTAssertTrue(statusLine(state).0.contains("syncing 12,400/100,000"), statusLine(state).0)
    }

    func testWritesTheServerFailedShowAsWaiting() {
        var state = Fixtures.state(tickets: Fixtures.manyTickets(3))
        state.pendingWrites = [
            PendingWrite(id: 1, write: .setStatus(.closed, [1000]), previous: [], retryAt: Fixtures.now.addingTimeInterval(8)),
        ]
        XCTAssertTrue(statusLine(state).0.contains("1 waiting"), statusLine(state).0)
    }

    func testAHeldReplyCountsDownWithTheUndoKey() {
        var state = Fixtures.state(tickets: Fixtures.manyTickets(3))
        let ticket = Fixtures.manyTickets(1)[0]
        state.pendingWrites = [PendingWrite(
            id: 1, write: .post(OutgoingMessage(kind: .reply, text: "Hi"), ticket), previous: [ticket],
            holdUntil: Fixtures.now.addingTimeInterval(4.2))]
        state.message = StatusMessage("Sending reply…")
        XCTAssertTrue(statusLine(state, columns: 120).0.hasSuffix(" sending in 5 s — u to undo "), statusLine(state, columns: 120).0)
    }

    func testDemoBadge() {
        var state = Fixtures.state(tickets: [])
        state.isDemo = true
        let (line, terminal) = statusLine(state)
        XCTAssertTrue(line.hasPrefix(" DEMO "), line)
        XCTAssertEqual(terminal.style(at: Position(column: 1, row: 11)), theme[.statusDemo])
    }

    func testSyncStates() {
        var state = Fixtures.state(tickets: [])
        state.sync = .upToDate(Fixtures.now.addingTimeInterval(240))
        XCTAssertTrue(statusLine(state).0.contains("updated 12:04"))
        state.sync = .failed(.server(status: 503, message: ""), retryAt: Fixtures.now.addingTimeInterval(8))
        XCTAssertTrue(statusLine(state).0.contains("retrying in 8 s"))
        state.sync = .failed(.server(status: 503, message: ""), retryAt: nil)
        XCTAssertTrue(statusLine(state).0.contains("sync failed"))
    }

    func testAnUnreachableServerShowsOfflineAndTheRetryCountdown() {
        var state = Fixtures.state(tickets: [])
        state.sync = .failed(.transport("connection refused"), retryAt: Fixtures.now.addingTimeInterval(7.2))
        XCTAssertTrue(statusLine(state).0.contains("offline · retrying in 8 s"), statusLine(state).0)
        state.now = Fixtures.now.addingTimeInterval(60)
        XCTAssertTrue(statusLine(state).0.contains("offline · retrying"), "a retry already due never counts below zero")
        XCTAssertFalse(statusLine(state).0.contains("retrying in"))
        state.sync = .failed(.timeout, retryAt: nil)
        XCTAssertTrue(statusLine(state).0.contains("offline"))
    }

    func testErrorsAreRightAlignedInTheErrorStyle() {
        var state = Fixtures.state(tickets: [])
        state.message = .error("Not allowed to close tickets")
        let (line, terminal) = statusLine(state)
        XCTAssertTrue(line.hasSuffix(" Not allowed to close tickets "), line)
        XCTAssertEqual(terminal.style(at: Position(column: 99, row: 11)), theme[.statusError])
    }

    func testAHelpHintWhenThereIsNothingToSay() {
        var state = Fixtures.state(tickets: [])
        XCTAssertTrue(statusLine(state).0.hasSuffix(" ? help "), statusLine(state).0)
        state.compose = Draft(ticketID: 1, kind: .reply)
        state.focus = .compose
        XCTAssertTrue(statusLine(state).0.hasSuffix(" F1 help "), "in compose ? is text")
    }

    func testTheFilterBeingTyped() {
        var state = Fixtures.state(tickets: [])
        state.isEditingFilter = true
        state.filter = "refund"
        XCTAssertTrue(statusLine(state).0.hasSuffix("/refund▏"))
    }
}
