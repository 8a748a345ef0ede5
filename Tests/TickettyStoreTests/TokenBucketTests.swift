import Foundation
import XCTest
@testable import TickettyStore

final class TokenBucketTests: XCTestCase {
    private let start = Date(timeIntervalSince1970: 1_800_000_000)

    func testABurstThenTheSustainedRate() {
        var bucket = TokenBucket(requestsPerMinute: 120, burst: 3, now: start)
        XCTAssertEqual((0..<4).map { _ in bucket.tryTake(at: start) }, [true, true, true, false])
        XCTAssertEqual(bucket.timeUntilNextToken(at: start), 0.5, accuracy: 1e-9)
        XCTAssertFalse(bucket.tryTake(at: start.addingTimeInterval(0.4)))
        XCTAssertTrue(bucket.tryTake(at: start.addingTimeInterval(0.5)))
    }

    func testAQuietSpellRefillsNoMoreThanTheBurst() {
        var bucket = TokenBucket(requestsPerMinute: 60, burst: 2, now: start)
        _ = bucket.tryTake(at: start)
        _ = bucket.tryTake(at: start)
        let later = start.addingTimeInterval(3600)
        XCTAssertEqual((0..<3).map { _ in bucket.tryTake(at: later) }, [true, true, false])
    }

    func testAClockSetBackAddsNothing() {
        var bucket = TokenBucket(requestsPerMinute: 60, burst: 1, now: start)
        XCTAssertTrue(bucket.tryTake(at: start))
        XCTAssertFalse(bucket.tryTake(at: start.addingTimeInterval(-100)))
        XCTAssertEqual(bucket.timeUntilNextToken(at: start), 1, accuracy: 1e-9)
    }
}
