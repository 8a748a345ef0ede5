import Foundation
import XCTest

/// Issue 5, end to end: with the server down, ticketty still starts with the tickets it saw
/// last time, says it is offline, and takes fresh data as soon as the server is back, without
/// a key press.
final class OfflineStartTests: EndToEndTestCase {
    /// Short, so the fresh data arrives within the test's patience once the desk is back.
    override var refreshSeconds: Double { 2 }

    func testStartsFromTheCacheWhileTheServerIsDownAndCatchesUpWhenItIsBack() async throws {
        let top = try await run.topTickets(3)
        let first = try await run.waitUntilLoaded()
        let third = try XCTUnwrap(top.last)
        try await run.terminal.waitFor(String(third.title.prefix(12)))
        try run.terminal.press("q")
        try await run.terminal.waitFor("ticketty exited 0")

        run.stopDesk()
        try await run.restartTicketty()
        try await run.terminal.waitUntil("the cached list is shown and the sync is marked failing") { screen in
            screen.contains(String(first.title.prefix(12))) && screen.contains(String(third.title.prefix(12)))
                && Self.marksSyncFailing(Self.statusLine(of: screen))
        }

        try run.startDesk()
        let freshTitle = "Back online 7734"
        try await run.api.updateTicket(third.id, title: freshTitle)
        try await run.terminal.waitUntil("the fresh title arrives and the sync is no longer failing", timeout: 30) {
            screen in
            screen.contains(freshTitle) && !Self.marksSyncFailing(Self.statusLine(of: screen))
        }
    }

    /// Whether the status line says the list could not be brought up to date.
    private static func marksSyncFailing(_ statusLine: String) -> Bool {
        let line = statusLine.lowercased()
        return line.contains("offline") || line.contains("retrying in") || line.contains("sync failed")
    }
}
