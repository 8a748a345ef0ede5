import XCTest
@testable import TickettyUI

final class HeadlessTerminalTests: XCTestCase {
    func testAppliesUpdatesAndShowsWideGraphemesOnce() {
        let terminal = HeadlessTerminal(size: Size(columns: 6, rows: 2))
        let bold = CellStyle(attributes: .bold)
        terminal.apply([
            CellUpdate(position: Position(column: 0, row: 0), cell: Cell(text: "票", style: bold)),
            CellUpdate(position: Position(column: 2, row: 0), cell: Cell(text: "x")),
        ], cursor: Position(column: 3, row: 0))
        XCTAssertEqual(terminal.lines, ["票x   ", "      "])
        XCTAssertEqual(terminal.style(at: Position(column: 0, row: 0)), bold)
        XCTAssertEqual(terminal.cursor, Position(column: 3, row: 0))
        XCTAssertEqual(terminal.frameCount, 1)
    }

    func testResizeBlanksTheScreen() {
        let terminal = HeadlessTerminal(size: Size(columns: 3, rows: 1))
        terminal.apply([CellUpdate(position: Position(column: 0, row: 0), cell: Cell(text: "a"))], cursor: nil)
        terminal.resize(to: Size(columns: 4, rows: 2))
        XCTAssertEqual(terminal.size, Size(columns: 4, rows: 2))
        XCTAssertEqual(terminal.lines, ["    ", "    "])
    }
}
