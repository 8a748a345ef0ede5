import XCTest
@testable import TickettyUI

final class CellBufferTests: XCTestCase {
    private func line(_ buffer: CellBuffer, _ row: Int = 0) -> String {
        (0..<buffer.size.columns).map { buffer[$0, row].text }.joined()
    }

    func testWritesTextAndReportsColumnsUsed() {
        var buffer = CellBuffer(size: Size(columns: 10, rows: 1))
        XCTAssertEqual(buffer.write("hello", at: Position(column: 2, row: 0), style: .plain, maxWidth: 10), 5)
        XCTAssertEqual(line(buffer), "  hello   ")
    }

    func testClipsToMaxWidthAndToTheEdge() {
        var buffer = CellBuffer(size: Size(columns: 6, rows: 1))
        XCTAssertEqual(buffer.write("abcdef", at: Position(column: 0, row: 0), style: .plain, maxWidth: 3), 3)
        XCTAssertEqual(buffer.write("xyz", at: Position(column: 4, row: 0), style: .plain, maxWidth: 10), 2)
        XCTAssertEqual(line(buffer), "abc xy")
        XCTAssertEqual(buffer.write("x", at: Position(column: 0, row: 5), style: .plain, maxWidth: 3), 0)
    }

    func testWideGraphemesTakeTwoCellsWithAContinuation() {
        var buffer = CellBuffer(size: Size(columns: 6, rows: 1))
        XCTAssertEqual(buffer.write("票🚚a", at: Position(column: 0, row: 0), style: .plain, maxWidth: 6), 5)
        XCTAssertEqual(buffer[0, 0].text, "票")
        XCTAssertTrue(buffer[1, 0].isContinuation)
        XCTAssertEqual(buffer[2, 0].text, "🚚")
        XCTAssertTrue(buffer[3, 0].isContinuation)
        XCTAssertEqual(buffer[4, 0].text, "a")
    }

    func testAWideGraphemeStraddlingTheClipEdgeBecomesASpace() {
        var buffer = CellBuffer(size: Size(columns: 5, rows: 1), fill: Cell(text: "."))
        XCTAssertEqual(buffer.write("ab票", at: Position(column: 0, row: 0), style: .plain, maxWidth: 3), 3)
        XCTAssertEqual(line(buffer), "ab ..")
    }

    func testOverwritingHalfAWideGraphemeBlanksTheOtherHalf() {
        var buffer = CellBuffer(size: Size(columns: 4, rows: 1))
        buffer.write("票票", at: Position(column: 0, row: 0), style: .plain, maxWidth: 4)
        buffer.write("x", at: Position(column: 1, row: 0), style: .plain, maxWidth: 1)
        buffer.write("y", at: Position(column: 2, row: 0), style: .plain, maxWidth: 1)
        XCTAssertEqual(line(buffer), " xy ")
        XCTAssertFalse(buffer.cells.contains(where: \.isContinuation))
    }

    func testHostileTextNeverLandsInACell() {
        let hostile = [
            "Refund \u{1B}[2J\u{1B}]0;pwned\u{07}", "\u{1B}]52;c;aGVsbG8=\u{07}", "csi \u{9B}31m red", "\u{202E}gnp.exe",
            "bell\u{07}del\u{7F}nul\u{0}", "line\nbreak\ttab\r", "\u{2066}isolate\u{2069}\u{200F}",
        ]
        for text in hostile {
            var buffer = CellBuffer(size: Size(columns: 60, rows: 1))
            buffer.write(text, at: Position(column: 0, row: 0), style: .plain, maxWidth: 60)
            for cell in buffer.cells {
                for scalar in cell.text.unicodeScalars {
                    let v = scalar.value
                    XCTAssertFalse(v < 0x20 || (0x7F..<0xA0).contains(v), "control U+\(String(v, radix: 16)) from \(text.debugDescription)")
                    XCTAssertFalse((0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200F)
                }
            }
        }
    }

    func testControlCharactersAreShownAsTheSanitiserShowsThem() {
        var buffer = CellBuffer(size: Size(columns: 12, rows: 1))
        buffer.write("a\u{1B}b\u{9B}", at: Position(column: 0, row: 0), style: .plain, maxWidth: 12)
        // ESC in caret notation; how C1 controls look is the sanitiser's choice, but visible.
        XCTAssertTrue(line(buffer).hasPrefix("a^[b^"), line(buffer))
        XCTAssertNotEqual(buffer[5, 0].text, " ")
    }

    func testFillBlanksARectangleInAStyle() {
        var buffer = CellBuffer(size: Size(columns: 4, rows: 3), fill: Cell(text: "x"))
        let style = CellStyle(foreground: .ansi(1))
        buffer.fill(Rect(x: 1, y: 1, width: 10, height: 1), style: style)
        XCTAssertEqual(line(buffer, 1), "x   ")
        XCTAssertEqual(buffer[3, 1].style, style)
        XCTAssertEqual(line(buffer, 2), "xxxx")
    }
}
