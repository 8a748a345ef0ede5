import XCTest

import HTMLText

final class DisplayWidthTests: XCTestCase {
    func testASCIIIsOneColumnAndControlsNone() {
        XCTAssertEqual(DisplayWidth.of("Refund #42"), 10)
        XCTAssertEqual(DisplayWidth.of(Character("\u{1B}")), 0)
        XCTAssertEqual(DisplayWidth.of(Character("\u{7}")), 0)
    }

    func testLatinWithAndWithoutCombiningMarks() {
        XCTAssertEqual(DisplayWidth.of("café"), 4)
        XCTAssertEqual(DisplayWidth.of("cafe\u{301}"), 4)
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x301)!), 0)
    }

    func testEastAsianWideAndFullwidthAreTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("漢字"), 4)
        XCTAssertEqual(DisplayWidth.of("한국어"), 6)
        XCTAssertEqual(DisplayWidth.of("カタカナ"), 8)
        XCTAssertEqual(DisplayWidth.of("ＡＢ"), 4)
        XCTAssertEqual(DisplayWidth.of("日本語abc"), 9)
    }

    func testEmojiPresentationSequencesAndFlags() {
        XCTAssertEqual(DisplayWidth.of(Character("😀")), 2)
        XCTAssertEqual(DisplayWidth.of(Character("❤\u{FE0F}")), 2, "VS16 asks for emoji presentation")
        XCTAssertEqual(DisplayWidth.of(Character("❤")), 1, "text presentation by default")
        XCTAssertEqual(DisplayWidth.of(Character("👨‍👩‍👧")), 2, "a ZWJ family is one glyph")
        XCTAssertEqual(DisplayWidth.of(Character("🇩🇪")), 2)
        XCTAssertEqual(DisplayWidth.of(Character("👍🏽")), 2)
        XCTAssertEqual(DisplayWidth.of(Character("☎\u{FE0E}")), 1)
    }

    func testZeroWidthCharacters() {
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x200B)!), 0)
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0xFEFF)!), 0)
        XCTAssertEqual(DisplayWidth.of("a\u{200B}b"), 2)
    }
}
