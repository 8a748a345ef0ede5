import TickettyCore
import TickettyStore
import XCTest
@testable import TickettyUI

final class TimelinePaneTests: XCTestCase {
    private let theme = Theme.builtInDefault

    private func openState() -> State {
        var state = Fixtures.state(tickets: [Fixtures.ticket(101, "Refund for order 1234", slaInMinutes: 133)])
        state.tickets[101]?.tags = ["vip", "refund"]
        state.openTicketID = 101
        state.openTicket = Fixtures.detail(for: state.tickets[101]!)
        state.focus = .timeline
        return state
    }

    private func timelineLines(_ terminal: HeadlessTerminal, from row: Int) -> [String] {
        terminal.lines[row...].map { $0.trimmingCharacters(in: .whitespaces) }
    }

    func testHeaderThenEntriesInTimeOrder() {
        let terminal = Fixtures.render(openState(), columns: 80, rows: 50)
        let top = terminal.row(containing: "Ticket #101") ?? 0
        XCTAssertEqual(Array(timelineLines(terminal, from: top + 1).prefix(17)), [
            "#101 Refund for order 1234",
            "From Carol Customer <carol@example.com> via e-mail",
            "Open · Medium · Finance · SLA 2h13m",
            "Tags vip, refund",
            String(repeating: "─", count: 78),
            "Carol Customer · customer  2026-11-21 11:00",
            "Hello, my order never arrived.",
            "",
            "· Trigger: Assigned to Finance  2026-11-21 11:01",
            "[note] Alice Agent  2026-11-21 11:10",
            "Check the courier first.",
            "",
            "Alice Agent · agent  2026-11-21 11:50",
            "Sorry about that, we are on it.",
            "",
            "",
            "",
        ])
    }

    func testEntriesOutOfOrderAreShownInTimeOrder() {
        var state = openState()
        state.openTicket?.timeline.reverse()
        let terminal = Fixtures.render(state, columns: 80, rows: 50)
        let rows = ["Carol Customer · customer", "· Trigger", "[note] Alice", "Alice Agent · agent"].map { terminal.row(containing: $0) ?? -1 }
        XCTAssertEqual(rows, rows.sorted())
        XCTAssertFalse(rows.contains(-1))
    }

    func testKindsAreDrawnDifferently() {
        let terminal = Fixtures.render(openState(), columns: 80, rows: 50)
        func style(_ text: String) -> CellStyle? {
            guard let row = terminal.row(containing: text), let column = terminal.column(of: text, row: row) else { return nil }
            return terminal.style(at: Position(column: column, row: row))
        }
        XCTAssertEqual(style("Carol Customer · customer"), theme[.customerMessage])
        XCTAssertEqual(style("Alice Agent · agent"), theme[.agentMessage])
        XCTAssertEqual(style("[note]"), theme[.note])
        XCTAssertEqual(style("Check the courier"), theme[.note])
        XCTAssertEqual(style("· Trigger"), theme[.event])
        XCTAssertEqual(style("Sorry about that"), theme[.body])
    }

    func testALongEventGivesWayToItsTime() throws {
        var state = openState()
        let long = TimelineEntry(
            id: "e2", kind: .event, author: "trigger: Escalate urgent tickets to the second line",
            createdAt: Fixtures.now, body: .text("Assigned to Customer Support and notified the on-call agent"))
        state.openTicket?.timeline.append(long)
        let terminal = Fixtures.render(state, columns: 60, rows: 50)
        let row = try XCTUnwrap(terminal.row(containing: "· trigger: Escalate"))
        let line = terminal.lines[row].trimmingCharacters(in: .whitespaces)
        XCTAssertTrue(line.hasSuffix("2026-11-21 12:00"), line)
        XCTAssertTrue(line.contains("…"), line)
    }

    func testLoadingWhileTheDetailIsOnItsWay() {
        var state = openState()
        state.openTicket = nil
        let terminal = Fixtures.render(state, columns: 80, rows: 24)
        XCTAssertNotNil(terminal.row(containing: "Loading…"))
        XCTAssertNotNil(terminal.row(containing: "#101 Refund for order 1234"), "the header shows what is known")

        // Another ticket's detail is never shown under this one's header.
        state.openTicket = Fixtures.detail(for: Fixtures.ticket(999, "Other"))
        XCTAssertNotNil(Fixtures.render(state, columns: 80, rows: 24).row(containing: "Loading…"))
    }

    func testScrollingIsClampedToTheContent() {
        var state = openState()
        state.timelineScroll = 10_000
        let terminal = Fixtures.render(state, columns: 80, rows: 24)
        let top = terminal.row(containing: "Ticket #101") ?? 0
        let shown = timelineLines(terminal, from: top + 1).dropLast()
            .map { $0.replacingOccurrences(of: "┃", with: "").trimmingCharacters(in: .whitespaces) }
        XCTAssertEqual(shown.suffix(2), ["Sorry about that, we are on it.", ""])
        XCTAssertTrue(terminal.lines[top].contains("15/15"), terminal.lines[top])
        XCTAssertFalse(shown.contains("From Carol Customer <carol@example.com> via e-mail"))
    }

    func testScrollingReusesTheLaidOutLines() {
        let screen = Fixtures.screen()
        var state = openState()
        let terminal = HeadlessTerminal(size: Size(columns: 80, rows: 12))
        screen.render(state, on: terminal)
        let rendered = screen.timelineCache.renderCount
        XCTAssertEqual(rendered, 4)
        for scroll in 1...10 {
            state.timelineScroll = scroll
            screen.render(state, on: terminal)
        }
        XCTAssertEqual(screen.timelineCache.renderCount, rendered, "scrolling renders nothing again")
        terminal.resize(to: Size(columns: 70, rows: 12))
        screen.render(state, on: terminal)
        // Events are one line whatever the width, so three of the four bodies are laid out again.
        XCTAssertEqual(screen.timelineCache.renderCount, rendered + 3, "a new width lays out again")
    }

    func testHTMLBodiesAreRenderedToText() {
        var state = openState()
        state.openTicket?.timeline = [TimelineEntry(
            id: "h", kind: .customerMessage, author: "Carol", createdAt: Fixtures.now,
            body: .html("<div>Line with <a href=\"https://example.com\">a link</a></div><script>alert(1)</script>"))]
        let text = Fixtures.render(state, columns: 80, rows: 30).lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("Line with"), text)
        XCTAssertFalse(text.contains("<div>"))
    }

    func testNoTicketOpen() {
        var state = openState()
        state.openTicketID = nil
        state.openTicket = nil
        XCTAssertNotNil(Fixtures.render(state, columns: 80, rows: 24).row(containing: "Enter on a ticket shows its timeline"))
    }
}
