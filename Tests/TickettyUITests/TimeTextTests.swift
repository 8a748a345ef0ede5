import Foundation
import XCTest
@testable import TickettyUI

final class TimeTextTests: XCTestCase {
    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Fixtures.utc
        return calendar
    }

    func testCountdowns() {
        XCTAssertEqual(TimeText.countdown(seconds: 45 * 60), "45m")
        XCTAssertEqual(TimeText.countdown(seconds: 133 * 60), "2h13m")
        XCTAssertEqual(TimeText.countdown(seconds: 3 * 3600), "3h")
        XCTAssertEqual(TimeText.countdown(seconds: 28 * 3600), "1d4h")
        XCTAssertEqual(TimeText.countdown(seconds: -35 * 60), "-35m")
        XCTAssertEqual(TimeText.countdown(seconds: -50 * 3600), "-2d2h")
    }

    func testCountdownsNeverOverflowTheirColumn() {
        XCTAssertEqual(TimeText.countdown(seconds: -(23 * 3600 + 12 * 60)), "-23h")
        XCTAssertEqual(TimeText.countdown(seconds: -(9 * 3600 + 59 * 60)), "-9h59m")
        XCTAssertEqual(TimeText.countdown(seconds: 15 * 86400 + 5 * 3600), "15d")
        for minutes in stride(from: -999 * 1440, through: 999 * 1440, by: 7) {
            let text = TimeText.countdown(seconds: Double(minutes) * 60)
            XCTAssertLessThanOrEqual(text.count, TimeText.countdownWidth, text)
        }
    }

    func testAges() {
        let now = Fixtures.now
        XCTAssertEqual(TimeText.age(of: now.addingTimeInterval(-20), now: now, calendar: calendar), "now")
        XCTAssertEqual(TimeText.age(of: now.addingTimeInterval(-300), now: now, calendar: calendar), "5m")
        XCTAssertEqual(TimeText.age(of: now.addingTimeInterval(-3 * 3600), now: now, calendar: calendar), "3h")
        XCTAssertEqual(TimeText.age(of: now.addingTimeInterval(-2 * 86400), now: now, calendar: calendar), "2d")
        XCTAssertEqual(TimeText.age(of: now.addingTimeInterval(-18 * 86400), now: now, calendar: calendar), "Nov 03")
        XCTAssertEqual(TimeText.age(of: now.addingTimeInterval(-400 * 86400), now: now, calendar: calendar), "2025")
    }

    func testClockAndDateTime() {
        XCTAssertEqual(TimeText.clock(Fixtures.now.addingTimeInterval(240), calendar: calendar), "12:04")
        XCTAssertEqual(TimeText.dateTime(Fixtures.now, calendar: calendar), "2026-11-21 12:00")
    }

    func testSLARoles() {
        XCTAssertEqual(SLAText(breach: Fixtures.now.addingTimeInterval(7200), now: Fixtures.now)?.role, .slaOK)
        XCTAssertEqual(SLAText(breach: Fixtures.now.addingTimeInterval(1800), now: Fixtures.now)?.role, .slaSoon)
        XCTAssertEqual(SLAText(breach: Fixtures.now.addingTimeInterval(-1), now: Fixtures.now)?.role, .slaBreached)
        XCTAssertNil(SLAText(breach: nil, now: Fixtures.now))
    }
}
