import XCTest
@testable import TickettyStore

final class TagEditTests: XCTestCase {
    func testThePromptLineIsTheNewSharedSet() {
        let edit = TagEdit.parse("vip billing +b2b -spam", shared: ["vip", "refund"])
        XCTAssertEqual(edit, TagEdit(adding: ["billing", "b2b"], removing: ["refund", "spam"]))
        XCTAssertEqual(TagEdit.parse("vip refund ", shared: ["vip", "refund"]), TagEdit())
        XCTAssertEqual(TagEdit.parse("", shared: ["vip"]), TagEdit(removing: ["vip"]), "a cleared line removes them")
    }

    func testCommasBlanksCaseAndRepeats() {
        XCTAssertEqual(TagEdit.parse("VIP,billing,, billing", shared: ["vip"]), TagEdit(adding: ["billing"]))
        XCTAssertEqual(TagEdit.parse("+x -x", shared: []), TagEdit(removing: ["x"]), "removing wins")
        XCTAssertEqual(TagEdit.parse("+ -", shared: []), TagEdit(), "a bare sign is no tag")
    }

    func testCommandLineForms() {
        XCTAssertEqual(TagEdit.parse("vip -spam", plainWordsAdd: true), TagEdit(adding: ["vip"], removing: ["spam"]))
        XCTAssertEqual(TagEdit.parse("vip +b2b", plainWordsAdd: false), TagEdit(adding: ["b2b"], removing: ["vip"]))
    }

    func testSharedTagsLeaveOutThoseWithBlanksAndIgnoreCase() {
        let a = Fixture.ticket(1, tags: ["vip", "two words", "b2b"])
        let b = Fixture.ticket(2, tags: ["B2B", "two words", "VIP"])
        XCTAssertEqual(TagEdit.shared(by: [a, b]), ["vip", "b2b"])
        XCTAssertEqual(TagEdit.shared(by: []), [])
    }

    func testApplyingKeepsOrderAndAddsOnlyWhatIsMissing() {
        XCTAssertEqual(TagEdit.applying(adding: ["Vip", "new"], removing: ["SPAM"], to: ["vip", "spam", "x"]),
                       ["vip", "x", "new"])
    }
}
