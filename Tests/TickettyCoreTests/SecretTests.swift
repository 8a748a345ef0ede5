import XCTest
@testable import TickettyCore

final class SecretTests: XCTestCase {
    func testTheKeyNeverShowsWhenPrintedDumpedOrInterpolated() {
        let key = Secret("sk-live-1234")
        var dumped = ""
        dump(key, to: &dumped)
        for shown in ["\(key)", String(describing: key), String(reflecting: key), dumped, "\([key])"] {
            XCTAssertFalse(shown.contains("sk-live"), shown)
        }
        XCTAssertEqual(key.revealed, "sk-live-1234")
    }
}
