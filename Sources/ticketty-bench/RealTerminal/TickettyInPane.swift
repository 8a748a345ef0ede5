import Foundation

/// The real `ticketty` binary in a tmux pane, pointed at a desk, with a private HOME and XDG
/// directories (so its cache and log live in the benchmark's directory) and the API key in
/// `OMNIDESK_API_KEY`.
final class TickettyInPane {
    let pane: TmuxPane
    /// The ticketty process (a child of the pane's shell).
    let pid: Int32
    private let launchedFile: String

    /// Starts ticketty in a fresh tmux server; returns once its process exists.
    init(
        executable: String, accountURL: String, apiKey: String, refreshSeconds: Double, home: String,
        columns: Int, rows: Int
    ) throws {
        launchedFile = home + "/launched"
        unlink(launchedFile)
        let script = home + "/launch.sh"
        // The shell stamps the time just before it starts ticketty; the pane then stays open
        // after ticketty exits so a failure remains readable.
        try """
        #!/bin/sh
        date +%s%N > '\(launchedFile)'
        '\(executable)' --url '\(accountURL)' --refresh-seconds \(refreshSeconds)
        echo "ticketty exited $?"
        exec sleep 3600
        """.write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o700)
        pane = try TmuxPane(
            script: script, columns: columns, rows: rows,
            environment: [
                "PATH": "/usr/local/bin:/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8",
                "HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state",
                "XDG_CACHE_HOME": home + "/cache", "TMUX_TMPDIR": home, "OMNIDESK_API_KEY": apiKey,
            ])
        let shell = try pane.panePID()
        let deadline = Clocks.monotonicNanoseconds() + 10_000_000_000
        var found: Int32?
        while found == nil && Clocks.monotonicNanoseconds() < deadline {
            found = Self.children(of: shell).first { Self.command(of: $0) == "ticketty" }
            if found == nil { Thread.sleep(forTimeInterval: 0.001) }
        }
        guard let found else { throw BenchFailure("ticketty did not start; the pane showed:\n\((try? pane.capture()) ?? "")") }
        pid = found
    }

    /// When the shell started ticketty, in ns since the epoch.
    func launchedAt() throws -> UInt64 {
        let text = try String(contentsOfFile: launchedFile, encoding: .utf8)
        guard let value = UInt64(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BenchFailure("unreadable launch time: \(text)")
        }
        return value
    }

    /// Whether the ticketty process still exists.
    var isRunning: Bool { kill(pid, 0) == 0 && Self.command(of: pid) == "ticketty" }

    /// Quits with q (and y if it asks), waits for the process to end, and stops tmux.
    func quit() throws {
        try pane.press("q")
        for answer in ["", "y"] {
            if !answer.isEmpty, isRunning { try pane.press(answer) }
            let deadline = Clocks.monotonicNanoseconds() + 15_000_000_000
            while isRunning && Clocks.monotonicNanoseconds() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            if !isRunning { break }
        }
        let stillRunning = isRunning
        pane.kill()
        if stillRunning { throw BenchFailure("ticketty did not quit") }
    }

    private static func children(of pid: Int32) -> [Int32] {
        let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
        return text.split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    private static func command(of pid: Int32) -> String? {
        (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// What the pane shows, read the way an agent would.
enum PaneText {
    /// The list is painted: the list pane's title shows the cursor's position, "1/312".
    static func listPainted(_ screen: String) -> Bool {
        guard let top = screen.split(separator: "\n", omittingEmptySubsequences: false).first else { return false }
        return top.contains("Tickets") && top.range(of: #" 1/[0-9]+ "#, options: .regularExpression) != nil
    }

    /// The whole queue is listed and the last refresh finished: "100000 tickets · updated 20:31".
    static func synced(_ screen: String, tickets: Int) -> Bool {
        screen.contains("\(tickets) tickets") && screen.contains("updated ")
    }
}
