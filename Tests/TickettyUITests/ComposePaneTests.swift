import TickettyCore
import TickettyStore
import XCTest
@testable import TickettyUI

final class ComposePaneTests: XCTestCase {
    func testLayoutWrapsByDisplayColumnsAndPlacesTheCursor() {
        let layout = ComposeLayout(text: "abcdef票gh", cursor: 6, width: 7)
        XCTAssertEqual(layout.lines, ["abcdef", "票gh"], "the wide grapheme does not fit in the last column")
        XCTAssertEqual(layout.cursorLine, 1)
        XCTAssertEqual(layout.cursorColumn, 0)
        let end = ComposeLayout(text: "abcdef票gh", cursor: 9, width: 7)
        XCTAssertEqual(end.cursorColumn, 4)
    }

    func testCursorAfterNewlinesAndAtAFullLine() {
        XCTAssertEqual(ComposeLayout(text: "ab\n\ncd", cursor: 3, width: 10).cursorLine, 1)
        let full = ComposeLayout(text: "abcd", cursor: 4, width: 4)
        XCTAssertEqual(full.lines, ["abcd", ""])
        XCTAssertEqual([full.cursorLine, full.cursorColumn], [1, 0])
        let empty = ComposeLayout(text: "", cursor: 0, width: 4)
        XCTAssertEqual([empty.cursorLine, empty.cursorColumn], [0, 0])
    }

    func testTitlesHintAndCursor() {
        var state = Fixtures.state(tickets: [Fixtures.ticket(1, "One")])
        state.compose = Draft(ticketID: 1, kind: .note, text: "line one\nline two", cursor: 13)
        state.focus = .compose
        let terminal = Fixtures.render(state, columns: 80, rows: 24)
        let top = terminal.row(containing: "Internal note") ?? -1
        XCTAssertEqual(terminal.lines[top + 1].trimmingCharacters(in: .whitespaces), "line one")
        XCTAssertEqual(terminal.cursor, Position(column: 1 + 4, row: top + 2))
        XCTAssertNotNil(terminal.row(containing: "Ctrl-S send · Ctrl-E $EDITOR · Esc close (draft kept)"))

        state.compose?.kind = .reply
        XCTAssertNotNil(Fixtures.render(state, columns: 80, rows: 24).row(containing: "Reply to Carol Customer"))
        state.focus = .list
        XCTAssertNil(Fixtures.render(state, columns: 80, rows: 24).cursor, "no cursor unless compose has the focus")
    }

    func testTheCursorLineStaysVisibleInALongDraft() {
        var state = Fixtures.state(tickets: [Fixtures.ticket(1, "One")])
        let text = (1...30).map { "line \($0)" }.joined(separator: "\n")
        state.compose = Draft(ticketID: 1, kind: .reply, text: text, cursor: text.count)
        state.focus = .compose
        let terminal = Fixtures.render(state, columns: 40, rows: 12)
        guard let cursor = terminal.cursor else { return XCTFail("no cursor") }
        XCTAssertTrue(terminal.lines[cursor.row].contains("line 30"), terminal.lines.joined(separator: "\n"))
    }
}
