/// Why the demo desk could not start.
public enum DemoServerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The database could not be opened, migrated or seeded.
    case database(String)
    /// The server could not bind or stopped before accepting connections.
    case startFailed(String)
    /// A configuration value is out of range.
    case invalidConfiguration(String)

    public var description: String {
        switch self {
        case .database(let detail): "demo desk database: \(detail)"
        case .startFailed(let detail): "demo desk could not start: \(detail)"
        case .invalidConfiguration(let detail): "demo desk configuration: \(detail)"
        }
    }
}
