import Foundation
import XCTest

/// `u`, end to end: a change to several marked tickets is taken back on the server, and a
/// reply held for undo-send never reaches it.
final class UndoTests: EndToEndTestCase {
    func testUndoRestoresEachStatusOfABulkChangeOnTheServer() async throws {
        try await run.waitUntilLoaded()
        let top = try await run.topTickets(3)
        XCTAssertEqual(top.count, 3)
        var before: [Int: String] = [:]
        for ticket in top {
            before[ticket.id] = try await run.api.ticket(ticket.id)["status"] as? String
        }
        // A status none of the three has, so each of them visibly changes and changes back.
        let (key, wanted) = try XCTUnwrap(
            [("h", "holding"), ("p", "pending"), ("s", "solved"), ("o", "open")].first { !before.values.contains($0.1) })
        let writesBefore = run.desk.requests("POST").count

        // Space marks a ticket and moves down: three presses mark the top three.
        try run.terminal.press("Space", "Space", "Space")
        try await run.terminal.waitFor("3 marked")
        try run.terminal.press("s")
        try run.terminal.press(key)
        for ticket in top {
            try await waitForServer(ticket: ticket.id, "status \(wanted)") { $0["status"] as? String == wanted }
        }
        let writes = run.desk.requests("POST").dropFirst(writesBefore)
        XCTAssertEqual(writes.count, 1, "the three tickets should change in one request, not \(Array(writes))")

        try run.terminal.press("u")
        for ticket in top {
            try await waitForRow(of: ticket.id, toShow: try XCTUnwrap(before[ticket.id]).capitalized, timeout: 3)
        }
        for ticket in top {
            let old = try XCTUnwrap(before[ticket.id])
            try await waitForServer(ticket: ticket.id, "status \(old) again") { $0["status"] as? String == old }
        }
    }

    func testAReplyTakenBackDuringTheHoldNeverReachesTheServer() async throws {
        let first = try await run.waitUntilLoaded()
        let marker = "undo-send 6021"

        try run.terminal.press("r")
        try run.terminal.type("Your refund is on its way, \(marker)")
        try await run.terminal.waitFor(marker)
        try run.terminal.press("C-s")
        try await run.terminal.waitFor("sending in")
        try run.terminal.press("u")
        // The words are back in the compose pane, ready to be edited or sent again.
        try await run.terminal.waitUntil("the reply is back in the compose pane") { screen in
            screen.contains("Reply not sent") && screen.contains(marker) && !screen.contains("sending in")
        }

        // Sent again and left alone, it goes out once the hold ends: the first attempt, had it
        // not been taken back, would have gone out before it.
        try run.terminal.press("C-s")
        try await run.terminal.waitFor("sending in")
        try await waitForServer(ticket: first.id, "the reply") { Self.count("message", containing: marker, in: $0) > 0 }
        try await waitUntilNothingPending()
        let ticket = try await run.api.ticket(first.id)
        XCTAssertEqual(Self.count("message", containing: marker, in: ticket), 1, "the reply should be on the server once")
    }
}
