import Hummingbird
import XCTest

@testable import DemoServer

final class URLEncodedFormTests: XCTestCase {
    func testDecodesPlusPercentAndRepeats() {
        let fields = URLEncodedForm.parse(Array("title=Gr%C3%BC%C3%9Fe+aus+K%C3%B6ln&ticketIDs%5B%5D=1&ticketIDs%5B%5D=2&empty=".utf8))
        XCTAssertEqual(fields["title"], "Grüße aus Köln")
        XCTAssertEqual(fields.all("ticketIDs[]"), ["1", "2"])
        XCTAssertEqual(fields["empty"], "")
    }

    func testMalformedEscapesAreKeptNotFatal() {
        let fields = URLEncodedForm.parse(Array("a=%zz%&b=%E2%82&=x&&c".utf8))
        XCTAssertEqual(fields["a"], "%zz%")
        XCTAssertEqual(fields["b"], "\u{FFFD}")
        XCTAssertEqual(fields["c"], "")
        XCTAssertEqual(fields.pairs.count, 3)
    }
}
