import Foundation

/// A real terminal for end-to-end tests: a private tmux server (its own socket, no user
/// config) running one command in a pane of a fixed size.
///
/// tmux has no event for "the screen now shows X", so ``waitFor(_:timeout:)`` polls
/// `capture-pane` on a short interval until a deadline; nothing here sleeps for a fixed time
/// to let something happen.
final class TmuxSession {
    let socket = "ticketty-e2e-\(UUID().uuidString.prefix(8))"
    private let target = "main"
    private let environment: [String: String]
    private var isKilled = false

    /// Starts the tmux server with `script` in a `columns`×`rows` pane.
    ///
    /// - Parameter environment: The whole environment of the server and so of the pane; the
    ///   caller's own environment does not leak in.
    init(script: String, columns: Int, rows: Int, environment: [String: String]) throws {
        self.environment = environment
        try run(["new-session", "-d", "-s", target, "-x", String(columns), "-y", String(rows), script])
    }

    deinit {
        kill()
    }

    /// Stops the tmux server and everything running in it. Call it while the socket directory
    /// still exists; afterwards tmux can no longer reach its server.
    func kill() {
        guard !isKilled else { return }
        isKilled = true
        _ = try? run(["kill-server"])
    }

    // MARK: Input

    /// Presses keys by tmux name: "Enter", "Escape", "Down", "C-s", or single characters.
    func press(_ keys: String...) throws {
        try run(["send-keys", "-t", target] + keys)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try run(["send-keys", "-t", target, "-l", text])
    }

    /// Resizes the window, as dragging the terminal's corner would.
    func resize(columns: Int, rows: Int) throws {
        try run(["resize-window", "-t", target, "-x", String(columns), "-y", String(rows)])
    }

    /// Kills whatever runs in the pane and starts `script` there afresh, as a user would
    /// start the program again in the same terminal. The pane gets a new terminal device and
    /// an empty screen.
    func respawn(script: String) throws {
        try run(["respawn-pane", "-k", "-t", target, script])
    }

    // MARK: Output

    /// The visible screen as text, one line per row.
    func capture() throws -> String {
        try run(["capture-pane", "-p", "-t", target])
    }

    /// The visible screen with its colours and attributes as escape sequences, to tell a
    /// selected row from the others.
    func captureStyled() throws -> String {
        try run(["capture-pane", "-p", "-e", "-t", target])
    }

    /// A tmux format evaluated for the pane, e.g. `#{pane_title}` or `#{alternate_on}`.
    func display(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .newlines)
    }

    /// tmux's paste buffers; a terminal that obeyed an OSC 52 clipboard write would have one.
    func listBuffers() throws -> String {
        try run(["list-buffers"])
    }

    /// Waits until the screen contains `text`; returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 20) async throws -> String {
        try await waitUntil("the screen shows \"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until `predicate` holds for the screen; returns the screen.
    @discardableResult
    func waitUntil(_ what: String, timeout: Double = 20, _ predicate: (String) -> Bool) async throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if predicate(screen) { return screen }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw HarnessError("timed out after \(timeout) s waiting until \(what); the screen was:\n\(screen)")
    }

    // MARK: tmux

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let (status, output) = try SpawnedCommand.run(
            ["tmux", "-L", socket, "-f", "/dev/null"] + arguments, environment: environment)
        guard status == 0 else {
            throw HarnessError("tmux \(arguments.joined(separator: " ")) failed (\(status)): \(output)")
        }
        return output
    }
}
