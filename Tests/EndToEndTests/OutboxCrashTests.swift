import Foundation
import XCTest

/// Issue 4's outbox, end to end: writes made while the server fails are kept on disk, survive
/// a crash (SIGKILL, nothing cleaned up), and reach the server once, in order, after the next
/// start.
final class OutboxCrashTests: EndToEndTestCase {
    /// Replies go out at once, so the crash catches them in the outbox rather than held.
    override var config: String? { "undo_send_seconds = 0\n" }

    func testWritesWaitingAtACrashLandOnceAndInOrderAfterTheNextStart() async throws {
        try await run.waitUntilLoaded()
        let top = try await run.topTickets(2)
        let (a, b) = (top[0].id, top[1].id)
        let ticketA = try await run.api.ticket(a)
        let status = ticketA["status"] as? String
        // Three changes in a row; only the order they were made in ends at the last one.
        let final = status == "closed" ? "open" : "closed"
        let steps = ["pending", "solved", "holding", "open"].filter { $0 != status && $0 != final }.prefix(2) + [final]
        let (priorityKey, priority) = ticketA["priority"] as? String == "high" ? ("l", "low") : ("h", "high")
        let reply = "reply 4417 after the crash"
        let note = "note 4418 after the crash"

        try await run.api.setFaultMode("error500")
        try openTicket(b)
        try run.terminal.press("r")
        try run.terminal.type(reply)
        try await run.terminal.waitFor("4417")
        try run.terminal.press("C-s")
        try await run.terminal.waitUntil("the compose pane closes") { !$0.contains("─ Reply") }
        try run.terminal.press("n")
        try run.terminal.type(note)
        try await run.terminal.waitFor("4418")
        try run.terminal.press("C-s")
        try await run.terminal.waitUntil("the compose pane closes") { !$0.contains("─ Internal note") }

        try openTicket(a)
        try run.terminal.press("p", priorityKey)
        for step in steps {
            try run.terminal.press("s", Self.statusKey(step))
        }
        // Every write has been tried and failed: all six wait in the outbox.
        try await run.terminal.waitUntil("six writes wait for the server") { screen in
            Self.statusLine(of: screen).contains("6 waiting")
        }
        try await waitUntil("the six writes are on disk") { try self.run.outboxOnDisk() == 6 }

        try await run.killTicketty()
        try await run.api.clearFaults()
        try await run.restartTicketty()
        // Only the new ticketty can bring them: the old one died before the desk recovered.
        // (Its "6 writes left from the last session" is replaced by their confirmations at once.)
        try await waitForServer(ticket: a, "status \(final) and priority \(priority)") {
            $0["status"] as? String == final && $0["priority"] as? String == priority
        }
        try await waitForServer(ticket: b, "the reply and the note") {
            Self.count("message", containing: "4417", in: $0) > 0 && Self.count("note", containing: "4418", in: $0) > 0
        }
        try await waitUntilNothingPending()
        let serverA = try await run.api.ticket(a)
        XCTAssertEqual(serverA["status"] as? String, final, "the status changes landed out of order")
        let serverB = try await run.api.ticket(b)
        XCTAssertEqual(Self.count("message", containing: "4417", in: serverB), 1, "the reply should be there once")
        XCTAssertEqual(Self.count("note", containing: "4418", in: serverB), 1, "the note should be there once")
    }

    func testAReplyThatLandedButWhoseAnswerDiedWithTheCrashIsNotSentAgain() async throws {
        try await run.waitUntilLoaded()
        let b = try await run.topTickets(2)[1].id
        let marker = "5523 answered too late"
        let postsBefore = run.desk.requestCount("POST", "/api/v2/message")

        // The desk stores what it gets at once but holds its answers: ticketty cannot know.
        try await run.api.setFaults(mode: "lateAnswer", hangSeconds: 15)
        try openTicket(b)
        try run.terminal.press("r")
        try run.terminal.type("Refund approved, \(marker)")
        try await run.terminal.waitFor("5523")
        try run.terminal.press("C-s")
        try await waitUntil("the reply reached the desk") { self.run.desk.requestCount("POST", "/api/v2/message") > postsBefore }
        // The held answer stays held; the test's own reads go through at once from here.
        try await run.api.clearFaults()
        try await waitForServer(ticket: b, "the reply") { Self.count("message", containing: marker, in: $0) == 1 }
        try await run.terminal.waitUntil("ticketty still waits for the answer") { screen in
            Self.statusLine(of: screen).contains("1 pending")
        }
        try await waitUntil("the reply is on disk in the outbox") { try self.run.outboxOnDisk() == 1 }

        try await run.killTicketty()
        let lookupsBefore = run.desk.requestCount("GET", "/api/v2/ticket/\(b)")
        try await run.restartTicketty()
        // The write was tried before: the new ticketty reads the ticket's timeline first.
        try await waitUntil("ticketty looks for the reply on the timeline") {
            self.run.desk.requestCount("GET", "/api/v2/ticket/\(b)") > lookupsBefore
        }
        try await waitUntilNothingPending()
        XCTAssertEqual(run.desk.requestCount("POST", "/api/v2/message"), postsBefore + 1, "the reply was posted again")
        let ticket = try await run.api.ticket(b)
        XCTAssertEqual(Self.count("message", containing: marker, in: ticket), 1, "the reply is on the desk twice")
    }

    /// `:open ID`: selects and opens the ticket, so the next keys act on it wherever it sorts.
    private func openTicket(_ id: Int) throws {
        try run.terminal.type(":open \(id)")
        try run.terminal.press("Enter")
    }

    /// The `s` menu's key for a status word.
    private static func statusKey(_ status: String) -> String {
        String(status.prefix(1))
    }
}
