import Foundation
import XCTest

/// Titles, names and messages carrying terminal escape sequences are shown as text and never
/// reach the terminal as commands.
final class HostileContentTests: EndToEndTestCase {
    override var hostileSamples: Bool { true }

    func testEscapeSequencesInTitlesAreShownHarmlessly() async throws {
        try await run.waitUntilLoaded()
        let titleBefore = try run.terminal.display("#{pane_title}")

        try run.terminal.press("/")
        try run.terminal.type("Invoice overdue")
        let screen = try await run.terminal.waitFor("Invoice overdue ^[")
        try run.terminal.press("Enter")
        try run.terminal.press("Enter")
        let opened = try await run.terminal.waitFor("Mallory")

        XCTAssertEqual(try run.terminal.display("#{pane_title}"), titleBefore, "a title sequence renamed the terminal")
        XCTAssertEqual(try run.terminal.listBuffers(), "", "an OSC 52 sequence reached the clipboard")
        XCTAssertEqual(try run.terminal.display("#{alternate_on}"), "1", "the screen left full-screen mode")
        for capture in [screen, opened] {
            let lines = capture.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertFalse(capture.contains("\u{1B}"), "a raw escape character reached the screen")
            XCTAssertFalse(lines.last(where: { !$0.isEmpty })?.isEmpty ?? true, "the status line is gone")
        }
        XCTAssertTrue(opened.contains("^["), "the escape sequence should be visible as ^[")
    }

    func testTitleSequencesInNamesDoNotRenameTheTerminal() async throws {
        try await run.waitUntilLoaded()
        let titleBefore = try run.terminal.display("#{pane_title}")

        try run.terminal.press("/")
        try run.terminal.type("account locked")
        try await run.terminal.waitFor("account locked")
        try run.terminal.press("Enter")
        // Enter keeps the filter and asks the server for more matches; wait for its answer, so
        // the listing it brings cannot land after the ticket's detail (a list row names the
        // customer from the message's sender, the detail from the customer record).
        try await run.terminal.waitFor("from the server")
        try run.terminal.press("Enter")
        try await run.terminal.waitFor("pwned title")

        XCTAssertEqual(try run.terminal.display("#{pane_title}"), titleBefore)
        XCTAssertNotEqual(try run.terminal.display("#{pane_title}"), "pwned title")
    }
}
