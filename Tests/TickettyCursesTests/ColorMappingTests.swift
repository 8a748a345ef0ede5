import TickettyUI
import XCTest

@testable import TickettyCurses

final class ColorMappingTests: XCTestCase {
    func testDefaultIsMinusOneEverywhere() {
        XCTAssertEqual(ColorMapping(colorCount: 8).number(for: .default), -1)
        XCTAssertEqual(ColorMapping(colorCount: 256).number(for: .default), -1)
    }

    func testIndexedColoursPassThroughOn256ColourTerminals() {
        XCTAssertEqual(ColorMapping(colorCount: 256).number(for: .indexed(208)), 208)
        XCTAssertEqual(ColorMapping(colorCount: 256).number(for: .ansi(12)), 12)
    }

    func testIndexedColoursBecomeTheNearestAnsiColourOnSmallTerminals() {
        let sixteen = ColorMapping(colorCount: 16)
        XCTAssertEqual(sixteen.number(for: .indexed(196)), 9, "bright red cube colour → bright red")
        XCTAssertEqual(sixteen.number(for: .indexed(21)), 4, "pure blue cube colour → blue")
        XCTAssertEqual(sixteen.number(for: .indexed(232)), 0, "darkest grey → black")
        XCTAssertEqual(sixteen.number(for: .indexed(231)), 15, "cube white → bright white")
        let eight = ColorMapping(colorCount: 8)
        XCTAssertEqual(eight.number(for: .indexed(196)), 1)
        XCTAssertEqual(eight.number(for: .indexed(28)), 2, "dark green → green")
        XCTAssertEqual(eight.number(for: .indexed(250)), 7, "light grey → white")
    }

    func testBrightAnsiColoursFoldToNormalWithBoldOnEightColourTerminals() {
        let eight = ColorMapping(colorCount: 8)
        XCTAssertEqual(eight.number(for: .ansi(9)), 1)
        XCTAssertTrue(eight.needsBoldForBrightness(.ansi(9)))
        XCTAssertFalse(eight.needsBoldForBrightness(.ansi(1)))
        XCTAssertFalse(ColorMapping(colorCount: 16).needsBoldForBrightness(.ansi(9)))
    }

    func testPaletteMatchesXterm() {
        XCTAssertEqual(ColorMapping.rgb(of: 16), ColorMapping.RGB(0, 0, 0))
        XCTAssertEqual(ColorMapping.rgb(of: 231), ColorMapping.RGB(255, 255, 255))
        XCTAssertEqual(ColorMapping.rgb(of: 208), ColorMapping.RGB(255, 135, 0))
        XCTAssertEqual(ColorMapping.rgb(of: 244), ColorMapping.RGB(128, 128, 128))
    }
}
