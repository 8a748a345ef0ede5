import XCTest
@testable import TickettyCore

final class TicketStatusTests: XCTestCase {
    func testEveryStatusHasItsOwnMenuKey() {
        let keys = TicketStatus.allCases.map(\.menuKey)
        XCTAssertEqual(Set(keys).count, keys.count, "the s menu would be ambiguous")
        XCTAssertEqual(String(keys), "nophsc")
    }

    func testRawValuesAreOmnideskWords() {
        XCTAssertEqual(TicketStatus.allCases.map(\.rawValue), ["new", "open", "pending", "holding", "solved", "closed"])
        XCTAssertEqual(TicketStatus.holding.label, "Holding")
    }
}
