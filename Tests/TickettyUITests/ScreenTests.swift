import TickettyCore
import TickettyStore
import XCTest
@testable import TickettyUI

final class ScreenTests: XCTestCase {
    private func openState() -> State {
        var state = Fixtures.state(tickets: [
            Fixtures.ticket(101, "Refund for order 1234", slaInMinutes: 133),
            Fixtures.ticket(102, "注文がまだ届きません 🚚", status: .new, priority: .urgent, slaInMinutes: -35),
            Fixtures.ticket(103, "Password reset", status: .pending, priority: .low, updatedMinutesAgo: 3000),
        ])
        state.openTicketID = 101
        state.openTicket = Fixtures.detail(for: state.tickets[101]!)
        return state
    }

    func testA40x12TerminalShowsListTimelineComposeAndStatusLine() {
        var state = openState()
        state.compose = Draft(ticketID: 101, kind: .reply, text: "Dear Carol,\nthanks", cursor: 5)
        state.focus = .compose
        let terminal = Fixtures.render(state, columns: 40, rows: 12)
        XCTAssertEqual(terminal.lines, [
            "─ Tickets ──────────────────────── 1/3 ─",
            "    # Status  SLA    Title              ",
            "  101 Open    2h13m  Refund for order 1…",
            "  102 New     -35m   注文がまだ届きませ…",
            "─ Ticket #101 ─────────────────── 3/14 ─",
            " #101 Refund for order 1234            ┃",
            " From Carol Customer <carol@example.com ",
            " Open · Medium · Finance · SLA 2h13m    ",
            "─ Reply to Carol Customer ─────── #101 ─",
            " Dear Carol,                            ",
            " Ctrl-S send · Ctrl-E $EDITOR · Esc clo…",
            " acme  3 tickets · updated 12:00        ",
        ])
        XCTAssertEqual(terminal.cursor, Position(column: 6, row: 9))
    }

    func testTheFocusedPaneHasAHighlightedTitleBar() {
        var state = openState()
        let theme = Theme.builtInDefault
        var terminal = Fixtures.render(state, columns: 80, rows: 24)
        XCTAssertEqual(terminal.style(at: Position(column: 0, row: 0)), theme[.borderFocused])
        XCTAssertEqual(terminal.style(at: Position(column: 0, row: 12)), theme[.border])
        state.focus = .timeline
        terminal = Fixtures.render(state, columns: 80, rows: 24)
        XCTAssertEqual(terminal.style(at: Position(column: 0, row: 0)), theme[.border])
        XCTAssertEqual(terminal.style(at: Position(column: 0, row: 12)), theme[.borderFocused])
        XCTAssertEqual(terminal.style(at: Position(column: 3, row: 12)), theme[.titleFocused])
    }

    func testLayoutStacksPanesOnNarrowTerminals() {
        let screen = Fixtures.screen()
        var state = openState()
        let narrow = screen.layout(for: Size(columns: 80, rows: 24), state: state)
        XCTAssertEqual(narrow.list, Rect(x: 0, y: 0, width: 80, height: 12))
        XCTAssertEqual(narrow.timeline, Rect(x: 0, y: 12, width: 80, height: 11))
        XCTAssertNil(narrow.compose)
        XCTAssertEqual(narrow.status, Rect(x: 0, y: 23, width: 80, height: 1))
        XCTAssertEqual(screen.viewport(for: Size(columns: 80, rows: 24), state: state).listRows, 10)
        XCTAssertEqual(screen.viewport(for: Size(columns: 80, rows: 24), state: state).timelineRows, 10)

        state.compose = Draft(ticketID: 101, kind: .note)
        let small = screen.layout(for: Size(columns: 40, rows: 12), state: state)
        XCTAssertEqual(small.compose, Rect(x: 0, y: 8, width: 40, height: 3))
        XCTAssertEqual(small.list.height + small.timeline.height, 8)
    }

    func testLayoutPutsListAndTimelineSideBySideOnWideTerminals() {
        var state = openState()
        state.compose = Draft(ticketID: 101, kind: .reply)
        let layout = Fixtures.screen().layout(for: Size(columns: 160, rows: 40), state: state)
        XCTAssertEqual(layout.list, Rect(x: 0, y: 0, width: 72, height: 39))
        XCTAssertEqual(layout.separator, Rect(x: 72, y: 0, width: 1, height: 39))
        XCTAssertEqual(layout.timeline.x, 73)
        XCTAssertEqual(layout.compose?.maxY, 39)
        XCTAssertEqual(layout.compose?.x, 73)
        XCTAssertEqual(layout.compose?.height, 13)
    }

    func testWideTerminalShowsTheWholeTimeline() {
        let terminal = Fixtures.render(openState(), columns: 160, rows: 40)
        let right = terminal.lines.map { String($0.dropFirst(73)) }
        XCTAssertTrue(right.contains { $0.hasPrefix(" Carol Customer · customer  2026-11-21 11:00") })
        XCTAssertTrue(right.contains { $0.hasPrefix("   Hello, my order never arrived.") })
        XCTAssertTrue(right.contains { $0.hasPrefix(" · Trigger: Assigned to Finance") })
        XCTAssertTrue(right.contains { $0.hasPrefix(" [note] Alice Agent") })
        XCTAssertTrue(right.contains { $0.hasPrefix(" Alice Agent · agent") })
        XCTAssertTrue(terminal.lines[1].contains("Customer"), "wide list shows every column")
    }

    func testMovingTheCursorOneRowSendsOnlyThoseRows() {
        let screen = Fixtures.screen()
        var state = Fixtures.state(tickets: Fixtures.manyTickets(50))
        let terminal = HeadlessTerminal(size: Size(columns: 80, rows: 24))
        screen.render(state, on: terminal)
        XCTAssertEqual(terminal.lastUpdates.count, 80 * 24)
        state.selectedTicketID = state.visibleTicketIDs[1]
        screen.render(state, on: terminal)
        // The two rows, and the "2/50" position in the title bar.
        XCTAssertEqual(Set(terminal.lastUpdates.map(\.position.row)), [0, 2, 3])
        XCTAssertEqual(terminal.lastUpdates.filter { $0.position.row == 0 }.map(\.cell.text), ["2"])
        XCTAssertTrue(terminal.lines[0].contains(" 2/50 "))
        let frames = terminal.frameCount
        screen.render(state, on: terminal)
        XCTAssertEqual(terminal.frameCount, frames, "an unchanged frame is not sent at all")
    }

    func testTheListScrollsOnlyWhenTheCursorLeavesTheScreen() {
        let screen = Fixtures.screen()
        var state = Fixtures.state(tickets: Fixtures.manyTickets(100))
        let terminal = HeadlessTerminal(size: Size(columns: 80, rows: 24))
        state.selectedTicketID = state.visibleTicketIDs[15]
        screen.render(state, on: terminal)
        XCTAssertTrue(terminal.lines[11].contains("1015"), "selected row is the last visible one")
        state.selectedTicketID = state.visibleTicketIDs[10]
        screen.render(state, on: terminal)
        XCTAssertTrue(terminal.lines[2].contains("1006"), "offset stays while the cursor is visible")
        state.selectedTicketID = state.visibleTicketIDs[99]
        screen.render(state, on: terminal)
        XCTAssertTrue(terminal.lines[11].contains("1099"))
    }

    func testInvalidateSendsTheWholeFrameAgain() {
        let screen = Fixtures.screen()
        let state = openState()
        let terminal = Fixtures.render(state, columns: 40, rows: 12, screen: screen)
        screen.invalidate()
        terminal.invalidate()
        screen.render(state, on: terminal)
        XCTAssertEqual(terminal.lastUpdates.count, 40 * 12 - terminal.lines.joined().filter { DisplayWidthProbe.isWide($0) }.count)
    }

    func testTimelineLineCountIsReported() {
        let screen = Fixtures.screen()
        _ = Fixtures.render(openState(), columns: 80, rows: 24, screen: screen)
        // Header (title, from, state, rule) and 3 + 1 + 3 + 3 lines of entries.
        XCTAssertEqual(screen.timelineLineCount, 14)
        var loading = openState()
        loading.openTicket = nil
        _ = Fixtures.render(loading, columns: 80, rows: 24, screen: screen)
        XCTAssertNil(screen.timelineLineCount)
    }
}

/// Counts wide graphemes in rendered lines (each took two cells but one update).
enum DisplayWidthProbe {
    static func isWide(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { $0.value >= 0x1100 && ($0.properties.isEmojiPresentation || (0x3000...0x9FFF).contains($0.value)) } ?? false
    }
}
