import XCTest

import HTMLText

/// Hostile and broken input: the renderer must return, in bounded time, with safe text.
final class RobustnessTests: XCTestCase {
    func testMalformedMarkupIsRecovered() {
        let inputs = [
            "<p><b><i>unclosed", "<<<>>>", "<table><td>x</tr></ul>y", "</div></p>", "<a href=>x</a>",
            "<li>orphan item", "<td>orphan cell</td>", "<p attr=\"never closed>text", "&#xFFFFFFFF; &#0; &#55296;",
            "<?xml version=\"1.0\"?><!DOCTYPE html><html><body>ok", "<scr<script>ipt>alert(1)</script>",
        ]
        for input in inputs {
            let text = HTMLRenderer.render(input, width: 30)
            TerminalSafety.assertInert(text)
        }
        XCTAssertEqual(HTMLRenderer.render("<p><b><i>unclosed", width: 30), "unclosed")
        XCTAssertEqual(HTMLRenderer.render("<table><td>x</tr></ul>y", width: 30), "xy")
    }

    func testEveryTruncationOfARealMessageRenders() throws {
        let message = try XCTUnwrap(HTMLSuite.cases().first { $0.name == "full_email" }).html
        for length in stride(from: 0, through: message.count, by: 211) {
            let text = HTMLRenderer.render(data: Array(message.prefix(length)), width: 60)
            TerminalSafety.assertInert(text)
            for line in text.split(separator: "\n") { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 60) }
        }
    }

    func testDeeplyNestedDivsReturn() {
        let depth = 100_000
        let html = String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth) + "<p>after</p>"
        let clock = ContinuousClock()
        var text = ""
        let elapsed = clock.measure { text = HTMLRenderer.render(html, width: 40) }
        print("100k nested divs: \(elapsed)")
        XCTAssertLessThan(elapsed, .seconds(30))
        XCTAssertEqual(text, "deep\n\nafter")
    }

    func testDeeplyNestedQuotesAndListsStayWithinTheWidth() {
        let depth = 5_000
        let words = String(repeating: "deep words ", count: 20)
        let quotes = String(repeating: "<blockquote>", count: depth) + words + String(repeating: "</blockquote>", count: depth)
        let lists = String(repeating: "<ul><li>", count: depth) + words
        for html in [quotes, lists] {
            let text = HTMLRenderer.render(html, width: 40)
            XCTAssertTrue(text.contains("deep"), text)
            for line in text.split(separator: "\n") { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 40) }
        }
    }

    func testTwentyMegabyteMessageReturnsTruncatedInBoundedTime() {
        let paragraph = Array("<p>Lorem ipsum dolor sit amet, <b>consectetur</b> adipiscing elit &amp; more.</p>\n".utf8)
        var html: [UInt8] = []
        html.reserveCapacity(20 * 1024 * 1024 + paragraph.count)
        while html.count < 20 * 1024 * 1024 { html.append(contentsOf: paragraph) }
        let clock = ContinuousClock()
        var text = ""
        let elapsed = clock.measure { text = HTMLRenderer.render(data: html, width: 80) }
        print("20 MB message: \(elapsed)")
        // A generous bound for debug builds on a shared machine; a hang would take far longer.
        XCTAssertLessThan(elapsed, .seconds(60))
        XCTAssertTrue(text.hasSuffix("[message truncated: showing the first 10 MB of 20 MB]"), String(text.suffix(100)))
    }

    func testOneHugeWordAndOneHugeTableCell() {
        let word = String(repeating: "x", count: 200_000)
        let text = HTMLRenderer.render("<table><tr><td>\(word)</td><td>b</td></tr></table>", width: 50)
        for line in text.split(separator: "\n") { XCTAssertLessThanOrEqual(line.count, 50) }
    }

    func testRenderingFromManyThreadsAtOnceGivesTheSameText() throws {
        let message = try XCTUnwrap(HTMLSuite.cases().first { $0.name == "full_email" }).html
        let expected = HTMLRenderer.render(data: message, width: 70)
        let results = ResultBox(count: 16)
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            results.set(index, HTMLRenderer.render(data: message, width: 70))
        }
        XCTAssertEqual(results.values, Array(repeating: expected, count: 16))
    }

    func testRandomBytesRenderSafely() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
            TerminalSafety.assertInert(HTMLRenderer.render(data: bytes, width: 40))
            let markup = bytes.map { $0 % 4 == 0 ? UInt8(ascii: "<") : $0 }
            TerminalSafety.assertInert(HTMLRenderer.render(data: markup, width: 40))
        }
    }
}

/// Collects results written from concurrent iterations.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String]

    init(count: Int) {
        storage = Array(repeating: "", count: count)
    }

    var values: [String] { lock.withLock { storage } }

    func set(_ index: Int, _ value: String) {
        lock.withLock { storage[index] = value }
    }
}
