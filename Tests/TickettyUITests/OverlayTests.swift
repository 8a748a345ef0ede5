import TickettyCore
import TickettyStore
import XCTest
@testable import TickettyUI

final class OverlayTests: XCTestCase {
    private let theme = Theme.builtInDefault
    private var state = Fixtures.state(tickets: [Fixtures.ticket(1, "One", status: .pending), Fixtures.ticket(2, "Two")])

    func testStatusMenuListsEveryKeyAndMarksTheCurrentStatus() {
        state.overlay = .statusMenu
        let terminal = Fixtures.render(state, columns: 80, rows: 24)
        for status in TicketStatus.allCases {
            XCTAssertNotNil(terminal.row(containing: "\(status.menuKey)  \(status.label)"), status.label)
        }
        let row = terminal.row(containing: "p  Pending") ?? 0
        XCTAssertTrue(terminal.lines[row].contains("•"))
        XCTAssertEqual(terminal.style(at: Position(column: terminal.column(of: "Pending", row: row) ?? 0, row: row)), theme[.menuSelected])
    }

    func testPriorityMenu() {
        state.overlay = .priorityMenu
        let terminal = Fixtures.render(state, columns: 80, rows: 24)
        for priority in TicketPriority.allCases {
            XCTAssertNotNil(terminal.row(containing: "\(priority.menuKey)  \(priority.label)"), priority.label)
        }
    }

    func testAssignPickerListsGroupsThenAgentsAndHighlightsTheSelection() {
        state.overlay = .assignPicker(Picker(filter: "", selectedIndex: 2))
        let terminal = Fixtures.render(state, columns: 80, rows: 24)
        let rows = ["Finance", "Support", "Alice Agent", "Bob Builder"].map { terminal.row(containing: $0) ?? -1 }
        XCTAssertEqual(rows, rows.sorted())
        XCTAssertEqual(terminal.style(at: Position(column: terminal.column(of: "Alice", row: rows[2]) ?? 0, row: rows[2])), theme[.menuSelected])

        state.overlay = .assignPicker(Picker(filter: "bo", selectedIndex: 0))
        let filtered = Fixtures.render(state, columns: 80, rows: 24)
        XCTAssertNotNil(filtered.row(containing: "> bo▏"))
        XCTAssertNotNil(filtered.row(containing: "Bob Builder"))
        XCTAssertFalse(filtered.lines.contains { $0.contains("│ Finance") }, "groups that do not match are gone")
    }

    func testHelpListsTheBindingsOfTheFocusedPaneFilteredByTyping() {
        state.overlay = .help(Picker())
        let terminal = Fixtures.render(state, columns: 100, rows: 40)
        XCTAssertNotNil(terminal.row(containing: "j/↓"))
        XCTAssertNotNil(terminal.row(containing: "Down one row"))
        state.overlay = .help(Picker(filter: "reply"))
        let filtered = Fixtures.render(state, columns: 100, rows: 40)
        XCTAssertNotNil(filtered.row(containing: "Reply to the customer"))
        XCTAssertNil(filtered.row(containing: "Down one row"))
    }

    func testConfirmQuit() {
        state.overlay = .confirmQuit
        state.pendingWrites = [PendingWrite(id: 1, write: .setStatus(.closed, [1]), previous: [])]
        let terminal = Fixtures.render(state, columns: 80, rows: 24)
        XCTAssertNotNil(terminal.row(containing: "1 change is still being sent."))
        XCTAssertNotNil(terminal.row(containing: "Quit anyway?  y / n"))
    }

    func testOverlaysStayInsideASmallTerminal() {
        for overlay in [Overlay.statusMenu, .priorityMenu, .assignPicker(Picker()), .help(Picker()), .confirmQuit] {
            state.overlay = overlay
            let terminal = Fixtures.render(state, columns: 40, rows: 12)
            XCTAssertTrue(terminal.lines[0].hasPrefix("─") || terminal.lines[0].hasPrefix("┌"), "\(overlay)")
            XCTAssertTrue(terminal.lines[11].hasPrefix(" acme"), "the status line stays visible under \(overlay)")
            let tops = terminal.lines.filter { $0.contains("┌") }.count
            let bottoms = terminal.lines.filter { $0.contains("┘") }.count
            XCTAssertEqual([tops, bottoms], [1, 1], "\(overlay)\n" + terminal.lines.joined(separator: "\n"))
        }
    }
}
