/// How the interactive session ended.
enum AppOutcome: Sendable, Equatable {
    /// The agent quit.
    case quit
    /// SIGINT, SIGTERM or SIGHUP arrived; the terminal has been restored.
    case interrupted(Int32)
    /// The terminal could not be used; the message is for standard error.
    case failed(String)
}
