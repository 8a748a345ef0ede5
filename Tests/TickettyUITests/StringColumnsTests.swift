import XCTest
@testable import TickettyUI

final class StringColumnsTests: XCTestCase {
    func testTextThatFitsIsLeftAlone() {
        XCTAssertEqual("Refund".keepingStart(within: 6), "Refund")
        XCTAssertEqual("Refund".keepingEnd(within: 6), "Refund")
    }

    func testCutTextKeepsItsStartOrItsEndWithinTheColumns() {
        XCTAssertEqual("Assigned to Finance".keepingStart(within: 8), "Assigne…")
        XCTAssertEqual(":assign Finance▏".keepingEnd(within: 8), "…inance▏")
    }

    func testWideCharactersCountTwoColumnsAndAreNeverSplit() {
        // Each of 田中花子 is two columns wide: 7 columns hold "…" and three of them.
        XCTAssertEqual(":assign 田中花子".keepingEnd(within: 7), "…中花子")
        XCTAssertEqual("田中花子 says hi".keepingStart(within: 6), "田中…")
    }
}
