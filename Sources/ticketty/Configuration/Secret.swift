/// A value that must never be shown: the API key.
///
/// Printing, interpolating, dumping or logging it gives `<redacted>`; only ``revealed`` gives
/// the value, and the program calls it in one place, when it hands the key to the backend.
struct Secret: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let value: String

    init(_ value: String) {
        self.value = value
    }

    /// The value itself, for the one place that must send it.
    var revealed: String { value }

    var description: String { "<redacted>" }
    var debugDescription: String { "<redacted>" }
    var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
