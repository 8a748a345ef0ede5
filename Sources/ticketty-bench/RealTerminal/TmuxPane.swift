import Foundation

/// One pane of a private tmux server (its own socket, no user configuration) running a script.
final class TmuxPane {
    private let socket = "ticketty-bench-\(getpid())-\(UInt16.random(in: .min ... .max))"
    private let environment: [String: String]
    private var isKilled = false

    /// Starts the server with `script` in a `columns`×`rows` pane. `environment` is the whole
    /// environment of the server and so of the script.
    init(script: String, columns: Int, rows: Int, environment: [String: String]) throws {
        self.environment = environment
        try tmux(["new-session", "-d", "-s", "bench", "-x", String(columns), "-y", String(rows), script])
    }

    deinit { kill() }

    /// Stops the server and everything in it.
    func kill() {
        guard !isKilled else { return }
        isKilled = true
        _ = try? tmux(["kill-server"])
    }

    /// The process the pane started (the script's shell).
    func panePID() throws -> Int32 {
        let text = try tmux(["display-message", "-p", "-t", "bench", "#{pane_pid}"])
        guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw BenchFailure("tmux gave no pane pid: \(text)")
        }
        return pid
    }

    /// Presses keys by tmux name ("q", "Escape", "Enter").
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "bench"] + keys)
    }

    /// The visible screen as text.
    func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "bench"])
    }

    /// Captures the pane until `predicate` holds, as fast as tmux answers.
    ///
    /// - Returns: the screen, and the wall-clock times (ns since the epoch) just before the
    ///   last capture that did not match and just after the one that did: the change
    ///   reached the pane between the two.
    func waitUntil(
        timeout: Double, pause: Duration = .milliseconds(2), _ what: String, _ predicate: (String) -> Bool
    ) throws -> (screen: String, notBefore: UInt64, seenAt: UInt64) {
        let deadline = Clocks.monotonicNanoseconds() + UInt64(timeout * 1e9)
        var notBefore = Clocks.realtimeNanoseconds()
        var screen = ""
        while Clocks.monotonicNanoseconds() < deadline {
            let started = Clocks.realtimeNanoseconds()
            screen = try capture()
            if predicate(screen) { return (screen, notBefore, Clocks.realtimeNanoseconds()) }
            notBefore = started
            Thread.sleep(forTimeInterval: Double(pause.components.seconds) + Double(pause.components.attoseconds) / 1e18)
        }
        throw BenchFailure("timed out after \(timeout) s waiting for \(what); the pane showed:\n\(screen)")
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let (status, output) = try ChildProcess.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments, environment: environment)
        guard status == 0 else { throw BenchFailure("tmux \(arguments.joined(separator: " ")) failed (\(status)): \(output)") }
        return output
    }
}
