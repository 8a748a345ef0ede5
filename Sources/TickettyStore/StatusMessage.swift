/// The one message the status line shows besides counts and sync state.
public struct StatusMessage: Hashable, Sendable {
    public enum Severity: Hashable, Sendable { case info, error }

    public var text: String
    public var severity: Severity

    public init(_ text: String, severity: Severity = .info) {
        self.text = text
        self.severity = severity
    }

    public static func error(_ text: String) -> StatusMessage { StatusMessage(text, severity: .error) }
}
