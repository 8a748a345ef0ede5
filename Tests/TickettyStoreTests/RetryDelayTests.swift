import TickettyCore
import XCTest
@testable import TickettyStore

final class RetryDelayTests: XCTestCase {
    func testWritesBackOffFromTwoSecondsToAMinuteWithAtLeastHalfTheCeiling() {
        let lowest = RetryDelay(random: { 0 })
        let highest = RetryDelay(random: { 1 })
        let error = BackendError.server(status: 503, message: "")
        XCTAssertEqual((1...8).map { lowest.seconds(after: error, failures: $0) }, [1, 2, 4, 8, 16, 30, 30, 30])
        XCTAssertEqual((1...8).map { highest.seconds(after: error, failures: $0) }, [2, 4, 8, 16, 32, 60, 60, 60])
    }

    func testARateLimitWaitsWhatTheServerAskedWithinAnHour() {
        let delay = RetryDelay(random: { 0 })
        XCTAssertEqual(delay.seconds(after: .rateLimited(retryAfter: 7), failures: 1), 7)
        XCTAssertEqual(delay.seconds(after: .rateLimited(retryAfter: 999_999), failures: 1), 3600)
        XCTAssertEqual(delay.seconds(after: .rateLimited(retryAfter: nil), failures: 3), 4, "no Retry-After: the usual backoff")
    }
}
