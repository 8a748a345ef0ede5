/// A value that must never be printed: the API key.
///
/// `description`, `debugDescription`, string interpolation, `dump` and `Mirror` all show
/// `<redacted>`, so a key cannot leak through a log line or an error that prints a configuration.
/// Only ``revealed`` gives the value, and only this module may call it (to set the header).
struct Secret: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let value: String

    init(_ value: String) {
        self.value = value
    }

    /// The value itself; used in exactly one place, the `apiKey` request header.
    var revealed: String { value }

    var description: String { "<redacted>" }
    var debugDescription: String { "<redacted>" }
    var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
