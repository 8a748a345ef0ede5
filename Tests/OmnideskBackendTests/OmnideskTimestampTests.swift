import Foundation
import Testing

@testable import OmnideskBackend

@Suite struct OmnideskTimestampTests {
    private let utc = OmnideskTimestamp(timeZone: .gmt)

    @Test func vendorFormatAndVariants() {
        let expected = Date(timeIntervalSince1970: 1_569_708_376)  // 2019-09-28 22:06:16 UTC
        #expect(utc.date("2019-09-28 22:06:16") == expected)
        #expect(utc.date("2019-09-28T22:06:16") == expected)
        #expect(utc.date("2019-09-28T22:06:16.250Z") == expected)
        #expect(utc.date("2019-09-29T00:06:16+02:00") == expected)
        #expect(utc.date("2019-09-28 22:06") == expected.addingTimeInterval(-16))
        #expect(utc.date("2019-09-28") == Date(timeIntervalSince1970: 1_569_628_800))
    }

    @Test(arguments: ["", "0000-00-00 00:00:00", "2019-02-29 10:00:00", "2019-13-01", "2019-09-28 24:00:00",
                      "yesterday", "2019-09-28 22:06:16 trailing", "20190928", "2019-09-28 22:06:16+2"])
    func nonsenseIsNil(text: String) {
        #expect(utc.date(text) == nil)
    }

    @Test func accountTimeZoneAcrossDaylightSaving() throws {
        let amsterdam = OmnideskTimestamp(timeZone: try #require(TimeZone(identifier: "Europe/Amsterdam")))
        #expect(amsterdam.date("2024-01-15 12:00:00") == utc.date("2024-01-15 11:00:00"))
        #expect(amsterdam.date("2024-07-15 12:00:00") == utc.date("2024-07-15 10:00:00"))
    }
}
