import Foundation
import XCTest

/// Starts a fresh desk and ticketty for each test, and prints the screen when a test fails so
/// the log shows what the agent would have seen.
class EndToEndTestCase: XCTestCase {
    var run: TickettyRun!

    /// The terminal size for this test class.
    var terminalSize: (columns: Int, rows: Int) { (120, 40) }
    /// Whether desksim adds its tickets with escape sequences in titles and names.
    var hostileSamples: Bool { false }
    /// The text of ticketty's `config.toml` for this test class; nil for none.
    var config: String? { nil }

    override func setUp() async throws {
        run = try TickettyRun(
            columns: terminalSize.columns, rows: terminalSize.rows, hostileSamples: hostileSamples, config: config)
    }

    override func tearDown() async throws {
        if let failures = testRun?.failureCount, failures > 0, let screen = try? run?.terminal.capture() {
            print("---- screen of \(name) ----\n\(screen)\n----")
        }
        run = nil
    }

    /// Polls the desk until `check` holds for ticket `id`: the server has no event to await.
    func waitForServer(
        ticket id: Int, _ what: String, timeout: Double = 20, _ check: ([String: Any]) -> Bool
    ) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        var last: [String: Any] = [:]
        while Date() < deadline {
            last = try await run.api.ticket(id)
            if check(last) { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        XCTFail("the server never showed \(what) for ticket \(id); last: \(last)")
    }

    /// The timeline entries of a ticket on the server.
    static func timeline(_ ticket: [String: Any]) -> [[String: Any]] {
        ticket["timeline"] as? [[String: Any]] ?? []
    }
}
