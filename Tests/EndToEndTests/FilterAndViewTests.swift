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
        // A leading blank keeps tmux from reading "-status:" as a flag; the filter ignores it.
        try run.terminal.type(" -status:")
        try await run.terminal.waitFor("status: new, open, pending")
        try run.terminal.type(first.status)
        try await run.terminal.waitUntil("ticket \(first.id) hidden, \(other.id) shown") { screen in
            screen.contains("-status:\(first.status)") && !Self.lists(first.id, screen) && Self.lists(other.id, screen)
        }
        try run.terminal.press("Enter")
        try run.terminal.press("Escape")
        try await run.terminal.waitUntil("ticket \(first.id) back") { Self.lists(first.id, $0) }

        let inView = try XCTUnwrap(tickets.first { ["new", "open"].contains($0.status) }, "no new or open ticket")
        let outside = try XCTUnwrap(tickets.first { !["new", "open"].contains($0.status) }, "every ticket is new or open")
        try run.terminal.press("v")
        try await run.terminal.waitFor("Unassigned")
        try run.terminal.type("new")
        try run.terminal.press("Enter")
        try await run.terminal.waitUntil("the view shows \(inView.id), not \(outside.id)") { screen in
            screen.contains("New & open") && Self.lists(inView.id, screen) && !Self.lists(outside.id, screen)
        }
    }

    /// Whether a row of the list starts with ticket `id` (ids are short on the demo desk, so
    /// the number alone could be anywhere on the screen).
    private static func lists(_ id: Int, _ screen: String) -> Bool {
        screen.split(separator: "\n").contains { $0.drop { $0 == " " }.hasPrefix("\(id) ") }
    }
}
