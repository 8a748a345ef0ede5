/// A value that must never be shown: the API key.
///
/// `description`, `debugDescription`, string interpolation, `dump` and `Mirror` all give
/// `<redacted>`, so a key cannot leak through a log line, an error message or a crash report
/// that prints a configuration. Only ``revealed`` gives the value, for the one place that must
/// send it (the backend's authentication header).
///
/// ```swift
/// let key = Secret("s3cr3t")
/// print("using \(key)") // "using <redacted>"
/// ```
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let value: String

    public init(_ value: String) {
        self.value = value
    }

    /// The value itself. Call it only where the key leaves the process for its own server.
    public var revealed: String { value }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "<redacted>" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
