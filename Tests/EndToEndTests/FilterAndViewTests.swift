import Foundation
import XCTest

/// The `/` filter's field words and the `v` views picker, typed in a real terminal.
final class FilterAndViewTests: EndToEndTestCase {
    func testStatusFieldNarrowsTheListAndAViewShowsOnlyItsTickets() async throws {
        _ = try await run.waitUntilLoaded()
        let tickets = try await run.api.tickets(limit: 200).compactMap { item -> (id: Int, status: String)? in
            guard let id = item["id"] as? Int, let status = item["status"] as? String else { return nil }
            return (id, status)
        }
        let first = try XCTUnwrap(tickets.first)
        let other = try XCTUnwrap(tickets.first { $0.status != first.status }, "every ticket has one status")

        try run.terminal.press("/")
        try run.terminal.type("-status:")
        try await run.terminal.waitFor("status: new, open, pending")
        try run.terminal.type(first.status)
        try await run.terminal.waitUntil("ticket \(first.id) hidden, \(other.id) shown") { screen in
            screen.contains("/-status:\(first.status)") && !screen.contains(String(first.id))
                && screen.contains(String(other.id))
        }
        try run.terminal.press("Enter")
        try run.terminal.press("Escape")
        try await run.terminal.waitFor(String(first.id))

        let inView = try XCTUnwrap(tickets.first { ["new", "open"].contains($0.status) }, "no new or open ticket")
        let outside = try XCTUnwrap(tickets.first { !["new", "open"].contains($0.status) }, "every ticket is new or open")
        try run.terminal.press("v")
        try await run.terminal.waitFor("Unassigned")
        try run.terminal.type("new")
        try run.terminal.press("Enter")
        try await run.terminal.waitUntil("the view shows \(inView.id), not \(outside.id)") { screen in
            screen.contains("New & open") && screen.contains(String(inView.id)) && !screen.contains(String(outside.id))
        }
    }
}
