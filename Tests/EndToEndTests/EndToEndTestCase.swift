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
    /// ticketty's `--refresh-seconds` for this test class.
    var refreshSeconds: Double { 600 }

    override func setUp() async throws {
        run = try TickettyRun(
            columns: terminalSize.columns, rows: terminalSize.rows, hostileSamples: hostileSamples, config: config,
            refreshSeconds: refreshSeconds)
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

    /// Waits until the list row of ticket `id` (the row starting with its number, after the
    /// mark `*` and pending `⟳` flags) shows `label`, a status or priority as the list spells
    /// it ("Pending", "High"). A row still waiting for the server counts: it shows at once.
    func waitForRow(of id: Int, toShow label: String, timeout: Double = 20) async throws {
        try await run.terminal.waitUntil("ticket \(id)'s row shows \(label)", timeout: timeout) { screen in
            screen.split(separator: "\n").contains { line in
                guard let row = TickettyRun.listRow(line), row.id == id else { return false }
                return row.rest.prefix(2).contains(Substring(label))
            }
        }
    }

    /// Waits until a picker lists `name` below the filter that typed it: the typed text alone
    /// is on screen at once, the choice only once the picker has it (groups may be fetched).
    func waitForPickerToOffer(_ name: String, timeout: Double = 20) async throws {
        try await run.terminal.waitUntil("the picker offers \(name)", timeout: timeout) { screen in
            screen.components(separatedBy: name).count > 2
        }
    }

    /// Polls `condition` until it holds, for what only a poll can see (a log, a process).
    func waitUntil(_ what: String, timeout: Double = 20, _ condition: () throws -> Bool) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        while try !condition() {
            guard Date() < deadline else { throw HarnessError("timed out after \(timeout) s waiting until \(what)") }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// The timeline entries of a ticket on the server.
    static func timeline(_ ticket: [String: Any]) -> [[String: Any]] {
        ticket["timeline"] as? [[String: Any]] ?? []
    }

    /// How many timeline entries of `type` ("message", "note") hold `marker`.
    static func count(_ type: String, containing marker: String, in ticket: [String: Any]) -> Int {
        timeline(ticket).filter { entry in
            entry["type"] as? String == type && (entry["content"] as? String ?? "").contains(marker)
        }.count
    }

    /// The status line: the screen's last row with anything on it.
    static func statusLine(of screen: String) -> String {
        screen.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) }.map(String.init) ?? ""
    }

    /// Whether the status line counts writes not yet answered ("3 pending", "2 waiting").
    static func showsUnsentWrites(_ screen: String) -> Bool {
        statusLine(of: screen).range(of: #"· [0-9]+ (pending|waiting)"#, options: .regularExpression) != nil
    }

    /// Waits until the status line no longer counts unsent writes; returns the screen.
    @discardableResult
    func waitUntilNothingPending(timeout: Double = 30) async throws -> String {
        try await run.terminal.waitUntil("no write is pending", timeout: timeout) { !Self.showsUnsentWrites($0) }
    }
}
