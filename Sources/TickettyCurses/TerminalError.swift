/// Why the terminal could not be set up.
public enum TerminalError: Error, Hashable, Sendable {
    /// Standard input or output is not a terminal (piped, or run without a TTY).
    case notATerminal
    /// ncurses does not know the terminal named by `TERM`.
    case unknownTerminal(String)
    /// A system call failed while preparing the terminal.
    case system(String)

    /// One line in plain words, for printing after the terminal has been restored.
    public var userMessage: String {
        switch self {
        case .notATerminal:
            "ticketty needs a terminal: standard input and output must be a TTY"
        case .unknownTerminal(let name):
            "unknown terminal type \"\(name)\": set TERM to one your system knows (e.g. xterm-256color)"
        case .system(let what):
            "cannot prepare the terminal: \(what)"
        }
    }
}
