import Hummingbird
import XCTest

@testable import DemoServer

final class JSONValueTests: XCTestCase {
    func testControlCharactersAreEscapedSoHostileTextStaysInItsString() throws {
        let hostile = "a\u{1B}]52;c;x\u{07}\"\\\n\u{7F}\u{9B}é😀"
        let bytes = JSONValue.object([("t", .string(hostile))]).bytes
        XCTAssertFalse(bytes.contains(0x1B))
        XCTAssertFalse(bytes.contains(0x07))
        let decoded = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: String]
        XCTAssertEqual(decoded?["t"], hostile)
    }

    func testKeepsKeyOrderAndTypes() {
        let value = JSONValue.object([
            ("b", .int(1)), ("a", .string("1")), ("n", .null), ("f", .bool(false)), ("l", .array([])),
        ])
        XCTAssertEqual(String(decoding: value.bytes, as: UTF8.self), #"{"b":1,"a":"1","n":null,"f":false,"l":[]}"#)
    }
}
