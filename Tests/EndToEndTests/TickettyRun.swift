import Foundation

/// One test's world: a fresh desksim, and ticketty pointed at it in a private tmux terminal
/// with its own HOME and XDG directories.
///
/// When ticketty exits, the pane's script prints `ticketty exited STATUS; tty: …` with the
/// terminal modes it left behind, so tests can check that the terminal was restored.
final class TickettyRun {
    let desk: DesksimProcess
    let api: DeskAPI
    let terminal: TmuxSession
    let directory: String

    /// - Parameter config: the text of ticketty's `config.toml`, if the test needs one.
    init(
        columns: Int = 120, rows: Int = 40, hostileSamples: Bool = false, tickets: Int = 120, config: String? = nil
    ) throws {
        directory = NSTemporaryDirectory() + "ticketty-e2e-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: directory + "/config/ticketty", withIntermediateDirectories: true)
        if let config {
            try config.write(toFile: directory + "/config/ticketty/config.toml", atomically: true, encoding: .utf8)
        }
        let apiKey = "e2e-\(UUID().uuidString)"
        desk = try DesksimProcess(
            apiKey: apiKey, tickets: tickets, hostileSamples: hostileSamples, logFile: directory + "/desksim.log")
        api = DeskAPI(port: desk.port, apiKey: apiKey)

        let script = directory + "/launch.sh"
        let ticketty = try BinaryLocator.path(of: "ticketty")
        try """
        #!/bin/sh
        export TERM=xterm-256color
        '\(ticketty)' --url '\(desk.accountURL)' --refresh-seconds 600
        status=$?
        modes=$(stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo|isig|icrnl)' | tr '\\n' ' ')
        printf '\\nticketty exited %s; tty: %s\\n' "$status" "$modes"
        exec sleep 3600
        """.write(toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: script)

        terminal = try TmuxSession(
            script: script, columns: columns, rows: rows,
            environment: [
                "PATH": "/usr/local/bin:/usr/bin:/bin",
                "HOME": directory,
                "LANG": "C.UTF-8",
                "XDG_CONFIG_HOME": directory + "/config",
                "XDG_STATE_HOME": directory + "/state",
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

    /// The tickets at the top of the list, newest first, as the server orders them.
    func topTickets(_ count: Int = 5) async throws -> [(id: Int, title: String)] {
        try await api.tickets(limit: count).compactMap { item in
            guard let id = item["id"] as? Int, let title = item["title"] as? String else { return nil }
            return (id, title)
        }
    }

    /// Waits until the list shows the first ticket, i.e. ticketty is up and loaded.
    @discardableResult
    func waitUntilLoaded() async throws -> (id: Int, title: String) {
        guard let first = try await topTickets(1).first else { throw HarnessError("the desk has no tickets") }
        try await terminal.waitFor(String(first.title.prefix(12)))
        return first
    }
}
