import Hummingbird
import XCTest

@testable import DemoServer

final class OmnideskContractTests: XCTestCase {
    func testTimestampsAreVendorShapedUTC() {
        XCTAssertEqual(OmnideskContract.timestamp(0), "1970-01-01 00:00:00")
        // The vendor example's created_at, read as UTC.
        XCTAssertEqual(OmnideskContract.timestamp(1_569_708_376), "2019-09-28 22:06:16")
        XCTAssertEqual(OmnideskContract.timestamp(951_782_400), "2000-02-29 00:00:00")
        XCTAssertEqual(OmnideskContract.timestamp(-1), "1969-12-31 23:59:59")
        XCTAssertEqual(OmnideskContract.timestamp(fixedNow), "2026-01-15 10:00:00")
    }

    func testTagsAreEmptyStringOrCommaSeparated() {
        XCTAssertEqual(OmnideskContract.encodeTags([]), "")
        XCTAssertEqual(OmnideskContract.encodeTags(["vip", "日本"]), "vip,日本")
        XCTAssertEqual(OmnideskContract.decodeTags(" vip, ,billing "), ["vip", "billing"])
    }

    func testIDsParseOnlyPositiveDecimals() {
        XCTAssertEqual(OmnideskContract.parseID("858462"), 858_462)
        for bad in ["", "0", "-1", "+1", "1e3", " 1", "abc", "99999999999999999999", "１２"] {
            XCTAssertNil(OmnideskContract.parseID(Substring(bad)), bad)
        }
    }

    func testTimelineIDsAreStringsExceptForEvents() {
        XCTAssertEqual(OmnideskContract.timelineID(7, type: "event"), .int(7))
        XCTAssertEqual(OmnideskContract.timelineID(7, type: "note"), .string("7"))
        XCTAssertEqual(OmnideskContract.timelineID(7, type: "message"), .string("7"))
    }

    func testMetaDataIsJSONInsideAString() {
        XCTAssertEqual(OmnideskContract.metaData(to: "a@b.example", channel: 1), #"{"to":[{"address":"a@b.example","name":""}]}"#)
        XCTAssertEqual(OmnideskContract.metaData(to: "a@b.example", channel: 2), "[]")
    }
}
