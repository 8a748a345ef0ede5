import XCTest

import HTMLText

final class TextWrapperTests: XCTestCase {
    func testWrapsAtSpacesWithinTheWidth() {
        XCTAssertEqual(TextWrapper.wrap("the quick brown fox jumps", width: 10), ["the quick", "brown fox", "jumps"])
    }

    func testKeepsBlankLinesAndIndentation() {
        XCTAssertEqual(TextWrapper.wrap("a\n\n    indented", width: 20), ["a", "", "    indented"])
    }

    func testWideCharactersCountTwoColumns() {
        XCTAssertEqual(TextWrapper.wrap("漢字 漢字 漢字", width: 9), ["漢字 漢字", "漢字"])
        for line in TextWrapper.wrap(String(repeating: "漢", count: 11), width: 6) {
            XCTAssertLessThanOrEqual(DisplayWidth.of(line), 6)
        }
    }

    func testLongWordsBreakBetweenGraphemesNeverInsideOne() {
        let word = String(repeating: "e\u{301}", count: 7) + String(repeating: "👨‍👩‍👧", count: 3)
        let lines = TextWrapper.wrap(word, width: 4)
        XCTAssertEqual(lines.joined(), word)
        for line in lines {
            XCTAssertLessThanOrEqual(DisplayWidth.of(line), 4)
            XCTAssertFalse(line.unicodeScalars.first == "\u{301}", "a combining mark was split from its base")
            XCTAssertFalse(line.unicodeScalars.first == "\u{200D}", "a ZWJ sequence was split")
        }
    }

    func testTabsBecomeSpacesAndCarriageReturnsVanish() {
        XCTAssertEqual(TextWrapper.wrap("a\tb\r", width: 40), ["a       b"])
    }
}
