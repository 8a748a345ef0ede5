import XCTest
@testable import TickettyStore

final class LineFieldTests: XCTestCase {
    func testEditsAtTheCursorCountingCharactersNotBytes() {
        var field = LineField("日本👍🏽")
        XCTAssertEqual(field.cursor, 3)
        field.apply(.moveLeft)
        field.apply(.deleteBackward)
        XCTAssertEqual(field.text, "日👍🏽")
        field.apply(.moveToLineStart)
        field.apply(.insert("Re: "))
        field.apply(.deleteForward)
        XCTAssertEqual(field.text, "Re: 👍🏽")
        XCTAssertEqual(field.cursor, 4)
    }

    func testStaysOneLineWithoutControlCharacters() {
        var field = LineField("a\nb\u{1B}[31m")
        XCTAssertEqual(field.text, "ab[31m")
        field.apply(.newline)
        field.apply(.moveUp)
        XCTAssertEqual(field.text, "ab[31m")
        field.apply(.moveToLineStart)
        field.apply(.deleteBackward)
        field.apply(.moveLeft)
        XCTAssertEqual(field.cursor, 0)
    }
}
