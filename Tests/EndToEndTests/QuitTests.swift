import Foundation
import XCTest

/// Quitting gives the terminal back as it was, and the key never lands anywhere on disk.
final class QuitTests: EndToEndTestCase {
    func testQuittingRestoresTheTerminal() async throws {
        try await run.waitUntilLoaded()
        XCTAssertEqual(try run.terminal.display("#{alternate_on}"), "1", "ticketty should use the full-screen mode")

        try run.terminal.press("q")
        let screen = try await run.terminal.waitFor("ticketty exited")

        XCTAssertTrue(screen.contains("ticketty exited 0"), "ticketty did not exit cleanly")
        XCTAssertTrue(screen.contains("icanon") && !screen.contains("-icanon"), "line editing was not restored")
        XCTAssertFalse(screen.contains("-echo "), "echo was not restored")
        XCTAssertEqual(try run.terminal.display("#{alternate_on}"), "0", "still in full-screen mode")
        XCTAssertEqual(try run.terminal.display("#{cursor_flag}"), "1", "the cursor is still hidden")
    }

    func testSIGTERMRestoresTheTerminal() async throws {
        try await run.waitUntilLoaded()
        // The pane runs the launch script; ticketty is its only child.
        let script = try run.terminal.display("#{pane_pid}")
        let (status, output) = try SpawnedCommand.run(["pkill", "-TERM", "-P", script], environment: ["PATH": "/usr/bin:/bin"])
        XCTAssertEqual(status, 0, "pkill: \(output)")

        let screen = try await run.terminal.waitFor("ticketty exited")
        XCTAssertTrue(screen.contains("ticketty exited 143"), "ticketty did not stop on SIGTERM")
        XCTAssertTrue(screen.contains("icanon") && !screen.contains("-icanon"), "line editing was not restored")
        XCTAssertEqual(try run.terminal.display("#{alternate_on}"), "0", "still in full-screen mode")
    }

    func testTheAPIKeyIsNeitherOnScreenNorInTheLog() async throws {
        try await run.waitUntilLoaded()
        let screen = try run.terminal.capture()
        try run.terminal.press("q")
        try await run.terminal.waitFor("ticketty exited")

        XCTAssertFalse(screen.contains(run.api.apiKey))
        let log = (try? String(contentsOfFile: run.directory + "/state/ticketty/ticketty.log", encoding: .utf8)) ?? ""
        XCTAssertFalse(log.isEmpty, "ticketty wrote no log")
        XCTAssertFalse(log.contains(run.api.apiKey), "the API key is in the log")
    }
}
