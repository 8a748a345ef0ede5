import XCTest

import HTMLText

final class TextSanitizerTests: XCTestCase {
    func testCleanTextIsUnchanged() {
        let text = "Refund for order #42 — café, 漢字, 😀\n\tindented"
        XCTAssertEqual(TextSanitizer.sanitize(text), text)
    }

    func testC0ControlsBecomeCaretNotation() {
        XCTAssertEqual(TextSanitizer.sanitize("a\u{0}b\u{7}c\u{8}d\u{1B}e"), "a^@b^Gc^Hd^[e")
    }

    func testCSISequenceCannotClearTheScreenOrChangeColours() {
        let text = TextSanitizer.sanitizeLine("Hi \u{1B}[2J\u{1B}[31mred\u{1B}[0m")
        XCTAssertEqual(text, "Hi ^[[2J^[[31mred^[[0m")
        TerminalSafety.assertInert(text)
    }

    func testOSC52ClipboardWriteIsInert() {
        let text = TextSanitizer.sanitizeLine("Refund \u{1B}]52;c;cm0gLXJmIH4=\u{07}")
        XCTAssertEqual(text, "Refund ^[]52;c;cm0gLXJmIH4=^G")
        TerminalSafety.assertInert(text)
    }

    func testOSC0WindowTitleIsInert() {
        let text = TextSanitizer.sanitizeLine("\u{1B}]0;pwned\u{1B}\\Invoice")
        XCTAssertEqual(text, "^[]0;pwned^[\\Invoice")
        TerminalSafety.assertInert(text)
    }

    func testDCSSequenceIsInert() {
        let text = TextSanitizer.sanitize("\u{1B}P+q544e\u{1B}\\done")
        XCTAssertEqual(text, "^[P+q544e^[\\done")
        TerminalSafety.assertInert(text)
    }

    func testC1ControlsIncludingSingleByteCSIAreSpelledAsTheirEscapeForm() {
        XCTAssertEqual(TextSanitizer.sanitizeLine("a\u{9B}2Jb\u{9D}0;t\u{9C}c\u{90}d\u{85}"), "a^[[2Jb^[]0;t^[\\c^[Pd^[E")
        TerminalSafety.assertInert(TextSanitizer.sanitize(String((0x80...0x9F).map { Character(Unicode.Scalar($0)!) })))
    }

    func testBidiOverridesAndIsolatesAreRemoved() {
        XCTAssertEqual(TextSanitizer.sanitizeLine("\u{202E}exe.txt"), "exe.txt")
        let all = "a\u{202A}b\u{202B}c\u{202C}d\u{202D}e\u{202E}f\u{2066}g\u{2067}h\u{2068}i\u{2069}j\u{200E}k\u{200F}l\u{061C}m"
        XCTAssertEqual(TextSanitizer.sanitize(all), "abcdefghijklm")
    }

    func testDeleteIsVisible() {
        XCTAssertEqual(TextSanitizer.sanitizeLine("a\u{7F}b"), "a^?b")
    }

    func testCarriageReturnCannotRewriteTheLine() {
        XCTAssertEqual(TextSanitizer.sanitize("Paid\rUnpaid\r\nnext"), "PaidUnpaid\nnext")
    }

    func testOneLineFieldsLoseNewlinesAndTabs() {
        XCTAssertEqual(TextSanitizer.sanitizeLine("two\nlines\tand tab"), "two lines and tab")
        XCTAssertEqual(TextSanitizer.sanitize("two\nlines\tand tab"), "two\nlines\tand tab")
    }

    func testEveryScalarBelowU2100StaysInertAfterSanitising() {
        let everything = String(String.UnicodeScalarView((0..<0x2100).compactMap(Unicode.Scalar.init)))
        TerminalSafety.assertInert(TextSanitizer.sanitize(everything))
        TerminalSafety.assertInert(TextSanitizer.sanitizeLine(everything))
        XCTAssertFalse(TextSanitizer.sanitizeLine(everything).contains("\n"))
    }
}
