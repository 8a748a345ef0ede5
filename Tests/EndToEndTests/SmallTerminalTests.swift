import Foundation
import XCTest

/// A 40×12 terminal still shows the list and the status line.
final class SmallTerminalTests: EndToEndTestCase {
    override var terminalSize: (columns: Int, rows: Int) { (40, 12) }

    func testFortyByTwelveShowsListAndStatusLine() async throws {
        let tickets = try await run.topTickets(2)
        let screen = try await run.terminal.waitFor(String(tickets[0].title.prefix(8)))
        XCTAssertTrue(screen.contains(String(tickets[1].title.prefix(8))), "only one ticket row is visible")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        XCTAssertTrue(lines.allSatisfy { $0.count <= 40 }, "a line is wider than the terminal")
        let status = try XCTUnwrap(lines.last)
        XCTAssertFalse(status.trimmingCharacters(in: .whitespaces).isEmpty, "the status line is empty")
    }

    func testGrowingAndShrinkingReflows() async throws {
        let tickets = try await run.topTickets(1)
        let marker = String(tickets[0].title.prefix(8))
        try await run.terminal.waitFor(marker)

        try run.terminal.resize(columns: 120, rows: 40)
        let wide = try await run.terminal.waitUntil("the screen is redrawn at 120 columns") { screen in
            screen.contains(marker) && screen.split(separator: "\n").contains { $0.count > 60 }
        }
        XCTAssertTrue(wide.contains(marker))

        try run.terminal.resize(columns: 40, rows: 12)
        try await run.terminal.waitUntil("the screen is redrawn at 40 columns") { screen in
            screen.contains(marker) && screen.split(separator: "\n").allSatisfy { $0.count <= 40 }
        }
    }
}
