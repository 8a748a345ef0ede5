import TickettyCore
import XCTest
@testable import TickettyStore

final class DraftEditingTests: XCTestCase {
    private func draft(_ text: String, cursor: Int? = nil) -> Draft {
        Draft(ticketID: 1, kind: .reply, text: text, cursor: cursor ?? text.count)
    }

    private func applying(_ edits: TextEdit..., to start: Draft) -> Draft {
        var draft = start
        for edit in edits { draft.apply(edit) }
        return draft
    }

    func testCursorStepsOverWholeGraphemes() {
        var draft = draft("")
        draft.apply(.insert("日本語"))
        XCTAssertEqual(draft.cursor, 3)
        draft.apply(.insert("👍🏽🇯🇵"))
        XCTAssertEqual(draft.cursor, 5, "a skin-toned thumb and a flag are one step each")
        draft.apply(.deleteBackward)
        XCTAssertEqual(draft.text, "日本語👍🏽")
        draft.apply(.moveLeft)
        draft.apply(.moveLeft)
        draft.apply(.deleteForward)
        XCTAssertEqual(draft.text, "日本👍🏽")
        XCTAssertEqual(draft.cursor, 2)
        draft.apply(.insert("e\u{301}"))
        XCTAssertEqual(draft.text, "日本e\u{301}👍🏽")
        XCTAssertEqual(draft.cursor, 3)
    }

    func testMultiLinePasteNormalisesLineEndsAndDropsControls() {
        var draft = draft("ab", cursor: 1)
        draft.apply(.insert("one\r\ntwo\rthree\u{1B}[2J\u{7}\tend\n"))
        XCTAssertEqual(draft.text, "aone\ntwo\nthree[2J\tend\nb")
        XCTAssertEqual(draft.cursor, 22, "just after the pasted text")
    }

    func testUpAndDownKeepTheColumnWhereTheLineIsLongEnough() {
        let text = "first line\nab\n漢字かな交じり"
        var draft = draft(text)
        draft.apply(.moveUp)
        XCTAssertEqual(draft.cursor, 13, "end of 'ab': the column is clamped")
        draft.apply(.moveUp)
        XCTAssertEqual(draft.cursor, 2)
        draft.apply(.moveDown)
        XCTAssertEqual(draft.cursor, 13)
        draft.apply(.moveToLineStart)
        XCTAssertEqual(draft.cursor, 11)
        draft.apply(.moveDown)
        XCTAssertEqual(draft.cursor, 14)
        draft.apply(.moveToLineEnd)
        XCTAssertEqual(draft.cursor, text.count)
        draft.apply(.moveDown)
        XCTAssertEqual(draft.cursor, text.count)
        draft = applying(.moveToLineStart, .moveUp, .moveUp, .moveUp, to: draft)
        XCTAssertEqual(draft.cursor, 0)
    }

    func testNewlineAndDeletingAcrossLines() {
        var draft = draft("ab", cursor: 1)
        draft.apply(.newline)
        XCTAssertEqual(draft.text, "a\nb")
        XCTAssertEqual(draft.cursor, 2)
        draft.apply(.deleteBackward)
        XCTAssertEqual(draft.text, "ab")
        XCTAssertEqual(draft.cursor, 1)
    }

    func testOutOfRangeCursorIsClampedNotTrapped() {
        var draft = draft("abc", cursor: 99)
        draft.apply(.deleteBackward)
        XCTAssertEqual(draft.text, "ab")
        draft.cursor = -5
        draft.apply(.insert("x"))
        XCTAssertEqual(draft.text, "xab")
    }
}
