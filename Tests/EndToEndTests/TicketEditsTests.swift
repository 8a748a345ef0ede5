import Foundation
import XCTest

/// Creating a ticket with `c` and deleting marked ones with `D`, checked on the server.
final class TicketEditsTests: EndToEndTestCase {
    func testCreateWithCThenDeleteMarkedTicketsWithD() async throws {
        _ = try await run.waitUntilLoaded()
        let title = "Tent pole snapped 4242"

        try run.terminal.press("c")
        try await run.terminal.waitFor("New ticket")
        try run.terminal.type(title)
        try run.terminal.press("Tab")
        try run.terminal.type("The pole snapped on the first night.")
        try run.terminal.press("Tab")
        try run.terminal.type("nia.newman@example.com")
        // Name, direction and group keep their defaults; our address is four fields on.
        for _ in 0..<4 { try run.terminal.press("Tab") }
        try run.terminal.type("support@nordlicht.example")
        try run.terminal.press("Enter")

        let created = try await waitForTicket(titled: title)
        try await waitForServer(ticket: created, "the first message as a note") { ticket in
            Self.timeline(ticket).contains { ($0["content"] as? String ?? "").contains("first night") }
        }
        try await run.terminal.waitUntil("the new ticket selected in the list") { $0.contains(title) }

        // The new ticket is the newest; mark it and the one below it.
        let top = try await run.api.tickets(limit: 2).compactMap { $0["id"] as? Int }
        XCTAssertEqual(top.first, created)
        try run.terminal.press("g")
        try run.terminal.press("Space")
        try run.terminal.press("Space")
        try run.terminal.press("D")
        try await run.terminal.waitFor("Delete 2 tickets?")
        try run.terminal.press("y")
        try await run.terminal.waitFor("Deleted 2 tickets")
        for id in top {
            let exists = try await run.api.ticketExists(id)
            XCTAssertFalse(exists, "ticket \(id) is still on the server")
        }
    }

    /// Polls the desk's first page until a ticket titled `title` is on it; returns its id.
    private func waitForTicket(titled title: String, timeout: Double = 20) async throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let match = try await run.api.tickets(limit: 20).first { $0["title"] as? String == title }
            if let id = match?["id"] as? Int { return id }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw HarnessError("the server never listed a ticket titled \(title)")
    }
}
