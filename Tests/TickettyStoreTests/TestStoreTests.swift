import TickettyCore
import XCTest
@testable import TickettyStore

final class TestStoreTests: XCTestCase {
    func testAnUnassertedChangeFailsNamingTheField() {
        let store = TestStore(state: Fixture.loaded(Fixture.tickets(2)))
        XCTAssertThrowsError(try store.send(.command(.moveDown))) { error in
            let text = String(describing: error)
            XCTAssertTrue(text.contains("selectedTicketID"), text)
        }
        XCTAssertEqual(store.state.selectedTicketID, 2, "the store moves on to the actual state")
    }

    func testAWrongTicketIsNamedByItsID() {
        let store = TestStore(state: Fixture.loaded(Fixture.tickets(2)))
        XCTAssertThrowsError(try store.send(.command(.setStatus(.closed)), {
            $0.tickets[2]?.status = .closed
            $0.nextWriteID = 2
        }, effects: [.perform(.setStatus(.closed, [1]), id: 1)])) { error in
            let text = String(describing: error)
            XCTAssertTrue(text.contains("tickets[1]"), text)
            XCTAssertTrue(text.contains("tickets[2]"), text)
            XCTAssertTrue(text.contains("pendingWrites"), text)
        }
    }

    func testUnexpectedEffectsFail() {
        let store = TestStore(state: State(accountName: "DEMO", now: Fixture.now))
        XCTAssertThrowsError(try store.send(.clockTicked(Fixture.now))) { error in
            XCTAssertTrue(String(describing: error).contains("scheduleClockTick"))
        }
    }
}
