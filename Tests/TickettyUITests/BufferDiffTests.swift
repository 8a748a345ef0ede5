import XCTest
@testable import TickettyUI

final class BufferDiffTests: XCTestCase {
    private let size = Size(columns: 8, rows: 3)

    func testWithoutAPreviousFrameEverythingIsSentExceptContinuations() {
        var buffer = CellBuffer(size: size)
        buffer.write("票", at: Position(column: 0, row: 0), style: .plain, maxWidth: 2)
        let updates = BufferDiff.updates(from: nil, to: buffer)
        XCTAssertEqual(updates.count, 8 * 3 - 1)
        XCTAssertFalse(updates.contains { $0.cell.isContinuation })
        XCTAssertEqual(BufferDiff.updates(from: CellBuffer(size: Size(columns: 2, rows: 2)), to: buffer).count, 23)
    }

    func testIdenticalFramesProduceNothing() {
        var buffer = CellBuffer(size: size)
        buffer.write("same", at: Position(column: 1, row: 1), style: .plain, maxWidth: 8)
        XCTAssertEqual(BufferDiff.updates(from: buffer, to: buffer), [])
    }

    func testOnlyChangedCellsAreSent() {
        let old = CellBuffer(size: size)
        var new = old
        new.write("ab", at: Position(column: 3, row: 2), style: .plain, maxWidth: 8)
        XCTAssertEqual(BufferDiff.updates(from: old, to: new).map(\.position),
                       [Position(column: 3, row: 2), Position(column: 4, row: 2)])
    }

    func testReplacingAWideGraphemeResendsItsRightNeighbour() {
        var old = CellBuffer(size: size)
        old.write("票", at: Position(column: 0, row: 0), style: .plain, maxWidth: 2)
        var new = CellBuffer(size: size)
        new.write("x", at: Position(column: 0, row: 0), style: .plain, maxWidth: 2)
        let updates = BufferDiff.updates(from: old, to: new)
        XCTAssertEqual(updates.map(\.position), [Position(column: 0, row: 0), Position(column: 1, row: 0)])
        XCTAssertEqual(updates.map(\.cell.text), ["x", " "])
    }

    func testAStyleChangeOfAWideGraphemeSendsOnlyTheGrapheme() {
        var old = CellBuffer(size: size)
        old.write("票", at: Position(column: 2, row: 1), style: .plain, maxWidth: 2)
        var new = CellBuffer(size: size)
        new.write("票", at: Position(column: 2, row: 1), style: CellStyle(attributes: .bold), maxWidth: 2)
        XCTAssertEqual(BufferDiff.updates(from: old, to: new).map(\.position), [Position(column: 2, row: 1)])
    }
}
