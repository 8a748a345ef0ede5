import TickettyUI
import XCTest

@testable import TickettyCurses

final class KeyDecoderTests: XCTestCase {
    private let decoder = KeyDecoder()

    private func keys(_ input: [RawInput]) -> [TerminalEvent] {
        decoder.decode(input)
    }

    private func characters(_ text: String) -> [RawInput] {
        text.unicodeScalars.map { .character($0.value) }
    }

    func testPrintableCharactersInAnyScriptAreThemselves() {
        XCTAssertEqual(keys(characters("aЖ中😀")), [
            .key(.character("a")), .key(.character("Ж")), .key(.character("中")), .key(.character("😀")),
        ])
    }

    func testEnterArrivesAsCarriageReturnNewlineOrKeypadEnter() {
        XCTAssertEqual(keys([.character(13), .character(10), .keyCode(0o527)]), [.key(.enter), .key(.enter), .key(.enter)])
    }

    func testBackspaceArrivesAsDelOrCtrlHOrKeyBackspace() {
        XCTAssertEqual(keys([.character(127), .character(8), .keyCode(0o407)]), [.key(.backspace), .key(.backspace), .key(.backspace)])
    }

    func testControlCharactersBecomeCtrlLetters() {
        XCTAssertEqual(keys([.character(0x13), .character(0x01), .character(0x1A)]), [
            .key(.control("s")), .key(.control("a")), .key(.control("z")),
        ])
        XCTAssertEqual(keys([.character(9)]), [.key(.tab)])
    }

    func testNavigationAndFunctionKeyCodes() {
        // KEY_UP 0403, KEY_DOWN 0402, KEY_HOME 0406, KEY_END 0550, KEY_PPAGE 0523, KEY_NPAGE 0522,
        // KEY_DC 0512, KEY_BTAB 0541, KEY_F(1) 0411, KEY_F(12) 0424.
        XCTAssertEqual(
            keys([.keyCode(0o403), .keyCode(0o402), .keyCode(0o406), .keyCode(0o550), .keyCode(0o523), .keyCode(0o522)]),
            [.key(.up), .key(.down), .key(.home), .key(.end), .key(.pageUp), .key(.pageDown)])
        XCTAssertEqual(
            keys([.keyCode(0o512), .keyCode(0o541), .keyCode(0o411), .keyCode(0o424)]),
            [.key(.delete), .key(.backTab), .key(.function(1)), .key(.function(12))])
    }

    func testLoneEscapeIsEscape() {
        XCTAssertEqual(keys([.character(27)]), [.key(.escape)])
    }

    func testEscapeFollowedByAPendingCharacterIsAlt() {
        XCTAssertEqual(keys([.character(27), .character(0x78), .character(0x79)]), [.key(.alt("x")), .key(.character("y"))])
    }

    func testTwoEscapesAreTwoEscapes() {
        XCTAssertEqual(keys([.character(27), .character(27)]), [.key(.escape), .key(.escape)])
    }

    func testEscapeBeforeAFunctionKeyStaysEscape() {
        XCTAssertEqual(keys([.character(27), .keyCode(0o403)]), [.key(.escape), .key(.up)])
    }

    func testFocusReportsAreDecoded() {
        XCTAssertEqual(keys(characters("\u{1B}[I\u{1B}[O")), [.key(.focusIn), .key(.focusOut)])
    }

    func testFocusKeyCodesFromTerminfoAreDecoded() {
        let decoder = KeyDecoder(focusInCode: 0o1000, focusOutCode: 0o1001)
        XCTAssertEqual(decoder.decode([.keyCode(0o1000), .keyCode(0o1001)]), [.key(.focusIn), .key(.focusOut)])
    }

    func testResizeIsAnEvent() {
        XCTAssertEqual(keys([.keyCode(0o632)]), [.resized])
    }

    func testC1ControlsAndUnknownKeyCodesAreDropped() {
        XCTAssertEqual(keys([.character(0x9B), .keyCode(0o777), .character(0x61)]), [.key(.character("a"))])
    }
}
