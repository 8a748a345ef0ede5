import XCTest
@testable import TickettyStore

final class ReducerTests: XCTestCase {
    func testStartFetchesFirstPageAgentsAndClock() {
        var state = State(accountName: "DEMO")
        let effects = reduce(into: &state, action: .started)
        XCTAssertEqual(effects.count, 3)
    }
}
