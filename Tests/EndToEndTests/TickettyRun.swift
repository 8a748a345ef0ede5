import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#endif

/// One test's world: a fresh desksim, and ticketty pointed at it in a private tmux terminal
/// with its own HOME and XDG directories (so its own local cache and outbox).
///
/// When ticketty exits, the pane's script prints `ticketty exited STATUS; tty: …` with the
/// terminal modes it left behind, so tests can check that the terminal was restored.
///
/// Both ends can be stopped and started again: ``killTicketty(signal:)`` and
/// ``restartTicketty()`` run a new ticketty over the same directories (a crash and a new
/// start), ``stopDesk()`` and ``startDesk()`` take the server away and bring it back at the
/// same address with the same tickets.
final class TickettyRun {
    private(set) var desk: DesksimProcess
    let api: DeskAPI
    let terminal: TmuxSession
    let directory: String
    /// The script the pane runs: ticketty, then a report of how it exited.
    let launchScript: String
    private let deskSettings: (seed: Int, tickets: Int, hostileSamples: Bool)

    /// - Parameters:
    ///   - config: the text of ticketty's `config.toml`, if the test needs one.
    ///   - refreshSeconds: ticketty's `--refresh-seconds`; the default keeps background
    ///     refreshes out of the way of a test.
    init(
        columns: Int = 120, rows: Int = 40, hostileSamples: Bool = false, tickets: Int = 120, config: String? = nil,
        refreshSeconds: Double = 600
    ) throws {
        directory = NSTemporaryDirectory() + "ticketty-e2e-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory + "/config/ticketty", withIntermediateDirectories: true)
        if let config {
            try config.write(toFile: directory + "/config/ticketty/config.toml", atomically: true, encoding: .utf8)
        }
        let apiKey = "e2e-\(UUID().uuidString)"
        deskSettings = (7, tickets, hostileSamples)
        desk = try DesksimProcess(
            apiKey: apiKey, seed: deskSettings.seed, tickets: tickets, hostileSamples: hostileSamples,
            database: directory + "/desk.sqlite", logFile: directory + "/desksim.log")
        api = DeskAPI(port: desk.port, apiKey: apiKey)

        launchScript = directory + "/launch.sh"
        let ticketty = try BinaryLocator.path(of: "ticketty")
        try """
        #!/bin/sh
        export TERM=xterm-256color
        '\(ticketty)' --url '\(desk.accountURL)' --refresh-seconds \(refreshSeconds)
        status=$?
        modes=$(stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo|isig|icrnl)' | tr '\\n' ' ')
        printf '\\nticketty exited %s; tty: %s\\n' "$status" "$modes"
        exec sleep 3600
        """.write(toFile: launchScript, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: launchScript)

        terminal = try TmuxSession(
            script: launchScript, columns: columns, rows: rows,
            environment: [
                "PATH": "/usr/local/bin:/usr/bin:/bin",
                "HOME": directory,
                "LANG": "C.UTF-8",
                "XDG_CONFIG_HOME": directory + "/config",
                "XDG_STATE_HOME": directory + "/state",
                "XDG_CACHE_HOME": directory + "/cache",
                "TMUX_TMPDIR": directory,
                "OMNIDESK_API_KEY": apiKey,
            ])
    }

    deinit {
        // The tmux socket lives in `directory`: stop the server before removing it.
        terminal.kill()
        desk.stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Where ticketty keeps its local cache and outbox for this run.
    var cacheDirectory: String { directory + "/cache/ticketty" }

    /// How many writes ticketty's outbox holds on disk now: what would survive a crash. (The
    /// status line counts writes from the moment they are made, a little before they are on
    /// disk.)
    func outboxOnDisk() throws -> Int {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: cacheDirectory)) ?? []
        var configuration = Configuration()
        configuration.readonly = true
        return try files.filter { $0.hasSuffix(".sqlite") }.reduce(0) { total, file in
            let database = try DatabaseQueue(path: cacheDirectory + "/" + file, configuration: configuration)
            return total + (try database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM outbox") } ?? 0)
        }
    }

    // MARK: The desk

    /// The tickets at the top of the list, newest first, as the server orders them.
    func topTickets(_ count: Int = 5) async throws -> [(id: Int, title: String)] {
        try await api.tickets(limit: count).compactMap { item in
            guard let id = item["id"] as? Int, let title = item["title"] as? String else { return nil }
            return (id, title)
        }
    }

    /// Stops the server: ticketty's requests now find nothing listening.
    func stopDesk() {
        desk.stop()
    }

    /// Starts the server again on its old port, with the tickets it had when it stopped.
    func startDesk() throws {
        desk.stop()
        desk = try DesksimProcess(
            apiKey: api.apiKey, seed: deskSettings.seed, tickets: deskSettings.tickets,
            hostileSamples: deskSettings.hostileSamples, port: api.port, database: directory + "/desk.sqlite",
            logFile: directory + "/desksim.log")
    }

    // MARK: ticketty

    /// Waits until the list shows the first ticket, i.e. ticketty is up and loaded.
    @discardableResult
    func waitUntilLoaded() async throws -> (id: Int, title: String) {
        guard let first = try await topTickets(1).first else { throw HarnessError("the desk has no tickets") }
        try await terminal.waitFor(String(first.title.prefix(12)))
        return first
    }

    /// The id of the ticket under the list's cursor: the number leading the row drawn in the
    /// default theme's selection colours (white on blue 24).
    func selectedListTicketID() throws -> Int? {
        let styled = try terminal.captureStyled()
        guard let row = styled.split(separator: "\n").first(where: { $0.contains(";48;5;24m") || $0.contains("[48;5;24m") })
        else { return nil }
        let plain = row.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        return Self.listRow(Substring(plain))?.id
    }

    /// A list row's ticket number and the words after it (status, priority, …); nil for other
    /// lines. The flags before the number (`*` marked, `⟳` a write pending) are skipped.
    static func listRow(_ line: Substring) -> (id: Int, rest: ArraySlice<Substring>)? {
        let words = line.split(separator: " ").drop { $0 == "*" || $0 == "⟳" }
        guard let first = words.first, let id = Int(first) else { return nil }
        return (id, words.dropFirst())
    }

    /// The process id of the running ticketty: the only child of the pane's script.
    func tickettyPID() throws -> pid_t? {
        let script = try terminal.display("#{pane_pid}")
        let (status, output) = try SpawnedCommand.run(
            ["pgrep", "-P", script, "-x", "ticketty"], environment: ["PATH": "/usr/bin:/bin"])
        guard status == 0 else { return nil }
        return output.split(separator: "\n").first.flatMap { pid_t($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// Sends `signal` to ticketty (SIGKILL by default: a crash, nothing cleaned up) and waits
    /// until the pane's script reports it gone.
    func killTicketty(signal: Int32 = SIGKILL) async throws {
        guard let pid = try tickettyPID() else { throw HarnessError("ticketty is not running") }
        guard kill(pid, signal) == 0 else { throw HarnessError("kill \(pid) failed: errno \(errno)") }
        try await terminal.waitFor("ticketty exited")
    }

    /// Starts ticketty again in the same terminal, with the same directories, config and desk,
    /// killing the one running if any; returns once the new one runs.
    func restartTicketty() async throws {
        try terminal.respawn(script: launchScript)
        let deadline = Date().addingTimeInterval(20)
        while try tickettyPID() == nil {
            guard Date() < deadline else { throw HarnessError("ticketty did not start again") }
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}
