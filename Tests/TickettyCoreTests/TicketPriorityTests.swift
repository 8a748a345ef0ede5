import XCTest
@testable import TickettyCore

final class TicketPriorityTests: XCTestCase {
    func testPrioritiesSortByUrgency() {
        XCTAssertEqual([.urgent, .low, .high, .medium].sorted(), [TicketPriority.low, .medium, .high, .urgent])
    }

    func testEveryPriorityHasItsOwnMenuKey() {
        XCTAssertEqual(String(TicketPriority.allCases.map(\.menuKey)), "lmhu")
    }
}
