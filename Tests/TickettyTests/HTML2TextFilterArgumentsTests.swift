import XCTest

@testable import ticketty

/// The filter's own argument reading must take exactly the plain forms and hand everything
/// else to the full parser, so `ticketty html2text` behaves the same on both paths.
final class HTML2TextFilterArgumentsTests: XCTestCase {
    private func parse(_ arguments: [String]) -> HTML2TextFilter? {
        HTML2TextFilter.parsingPlainArguments(arguments, environmentWidth: { 80 })
    }

    func testPlainFormsAreReadDirectly() {
        XCTAssertEqual(parse([]), HTML2TextFilter(width: 80, charset: nil, files: []))
        XCTAssertEqual(parse(["a.html", "-", "b.html"]), HTML2TextFilter(width: 80, charset: nil, files: ["a.html", "-", "b.html"]))
        XCTAssertEqual(
            parse(["--width", "72", "--charset=windows-1252", "mail.html"]),
            HTML2TextFilter(width: 72, charset: "windows-1252", files: ["mail.html"]))
        XCTAssertEqual(parse(["--width=40", "--charset", "utf-8"]), HTML2TextFilter(width: 40, charset: "utf-8", files: []))
        XCTAssertEqual(
            parse(["--", "--width", "-x.html"]), HTML2TextFilter(width: 80, charset: nil, files: ["--width", "-x.html"]),
            "after -- everything is a file")
    }

    func testEverythingElseGoesToTheFullParser() {
        for arguments in [
            ["--help"], ["-h"], ["--bogus"], ["--width"], ["--width", "0"], ["--width", "-3"], ["--width=wide"],
            ["--width", "70", "--width", "72"], ["--charset"], ["-w", "72"],
        ] {
            XCTAssertNil(parse(arguments), "\(arguments)")
        }
    }
}
