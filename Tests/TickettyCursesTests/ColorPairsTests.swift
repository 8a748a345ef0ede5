import XCTest

@testable import TickettyCurses

final class ColorPairsTests: XCTestCase {
    func testPairsAreDeclaredOnFirstUseAndReused() {
        var declared: [[Int16]] = []
        let pairs = ColorPairs(capacity: 256) { declared.append([$0, $1, $2]) }
        XCTAssertEqual(pairs.pair(foreground: 1, background: -1), 1)
        XCTAssertEqual(pairs.pair(foreground: 2, background: 0), 2)
        XCTAssertEqual(pairs.pair(foreground: 1, background: -1), 1)
        XCTAssertEqual(declared, [[1, 1, -1], [2, 2, 0]])
    }

    func testDefaultColoursUsePairZeroWithoutDeclaring() {
        var declared = 0
        let pairs = ColorPairs(capacity: 256) { _, _, _ in declared += 1 }
        XCTAssertEqual(pairs.pair(foreground: -1, background: -1), 0)
        XCTAssertEqual(declared, 0)
    }

    func testRunningOutOfPairsFallsBackToDefaultColours() {
        let pairs = ColorPairs(capacity: 3) { _, _, _ in }
        XCTAssertEqual(pairs.pair(foreground: 1, background: -1), 1)
        XCTAssertEqual(pairs.pair(foreground: 2, background: -1), 2)
        XCTAssertEqual(pairs.pair(foreground: 3, background: -1), 0)
    }
}
