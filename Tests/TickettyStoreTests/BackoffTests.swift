import XCTest
@testable import TickettyStore

final class BackoffTests: XCTestCase {
    func testWithoutJitterTheDelayDoublesUpToTheCap() {
        let backoff = Backoff(base: 2, cap: 60, jitter: .none)
        XCTAssertEqual((1...7).map { backoff.delay(attempt: $0, previous: nil, random: 0.3) }, [2, 4, 8, 16, 32, 60, 60])
    }

    func testFullJitterSpreadsTheDelayFromZero() {
        let backoff = Backoff(base: 1, cap: 60, jitter: .full)
        XCTAssertEqual(backoff.delay(attempt: 4, previous: nil, random: 0.5), 4)
        XCTAssertEqual(backoff.delay(attempt: 4, previous: nil, random: 0), 0)
        XCTAssertEqual(backoff.delay(attempt: 40, previous: nil, random: 1), 60)
    }

    func testDecorrelatedJitterGrowsFromThePreviousDelayAndStaysWithinBaseAndCap() {
        let backoff = Backoff(base: 1, cap: 60, jitter: .decorrelated)
        XCTAssertEqual(backoff.delay(attempt: 1, previous: nil, random: 1), 3)
        XCTAssertEqual(backoff.delay(attempt: 2, previous: 3, random: 1), 9)
        XCTAssertEqual(backoff.delay(attempt: 2, previous: 3, random: 0), 1, "never below the base")
        XCTAssertEqual(backoff.delay(attempt: 5, previous: 50, random: 1), 60)
    }

    func testAbsurdInputsStayWithinBounds() {
        let backoff = Backoff(base: 1, cap: 60, jitter: .full)
        XCTAssertEqual(backoff.delay(attempt: Int.max, previous: nil, random: .nan), 60)
        XCTAssertEqual(backoff.delay(attempt: -3, previous: nil, random: 7), 1)
    }
}
