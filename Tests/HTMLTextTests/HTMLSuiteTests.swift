import XCTest

@testable import HTMLText

/// The renderer over every case of the shared HTML suite.
final class HTMLSuiteTests: XCTestCase {
    func testEveryReferenceWordAppearsInOrder() throws {
        let cases = try HTMLSuite.cases()
        XCTAssertGreaterThan(cases.count, 20, "suite not found at \(HTMLSuite.directory.path)")
        for suiteCase in cases {
            let ours = HTMLSuite.words(HTMLRenderer.render(data: suiteCase.html, width: 80))
            let reference = HTMLSuite.words(HTMLSuite.referenceWithoutLinkTargets(suiteCase.reference))
            var position = 0
            var missing: [String] = []
            for word in reference {
                if let found = ours[position...].firstIndex(of: word) {
                    position = found + 1
                } else {
                    missing.append(String(word))
                }
            }
            XCTAssertEqual(missing, [], "\(suiteCase.name): reference words missing or out of order")
        }
    }

    func testNoOutputContainsMarkupStylesScriptsOrEntities() throws {
        for suiteCase in try HTMLSuite.cases() {
            let text = HTMLRenderer.render(data: suiteCase.html, width: 80)
            for tag in Self.matches(of: #"</?[A-Za-z][A-Za-z0-9:]*"#, in: text) {
                // "#include <stdlib.h>" is text in the message, not markup.
                XCTAssertTrue(suiteCase.reference.contains(tag), "\(suiteCase.name): markup \(tag)")
            }
            for css in ["{", "}", "font-family", "mso-", "@font-face", "<!--", "-->", "[endif]", "function("] {
                XCTAssertEqual(text.contains(css), suiteCase.reference.contains(css), "\(suiteCase.name): \(css)")
            }
            for reference in Self.matches(of: #"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);"#, in: text) {
                let name = String(reference.dropFirst().dropLast())
                let isEntity = name.hasPrefix("#") || Self.html4Names.contains(name)
                    || HTML5Entities.replacement(for: name) != nil
                XCTAssertFalse(isEntity, "\(suiteCase.name): undecoded \(reference)")
            }
        }
    }

    func testWholeSuiteIsRenderedFasterThanASecondInDebugBuilds() throws {
        let cases = try HTMLSuite.cases()
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for suiteCase in cases { _ = HTMLRenderer.render(data: suiteCase.html, width: 80) }
        }
        // A generous bound: a hang or quadratic slowdown shows up as minutes.
        XCTAssertLessThan(elapsed, .seconds(20))
    }

    private static let html4Names: Set<String> = ["nbsp", "amp", "lt", "gt", "quot", "apos", "copy", "eacute", "hellip", "mdash", "ndash", "rsquo", "lsquo", "rdquo", "ldquo", "zwnj", "zwj", "shy"]

    private static func matches(of pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }
}
