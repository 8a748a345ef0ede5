/// How to start a demo desk: where to listen, which keys to accept, and what to seed.
///
/// ```swift
/// var configuration = DemoServerConfiguration()
/// configuration.ticketCount = 5_000
/// configuration.readOnlyAPIKey = "read-only"
/// let server = try await DemoServer.start(configuration)
/// ```
public struct DemoServerConfiguration: Sendable {
    /// The address to bind; loopback by default so the demo never listens on a network.
    public var host: String = "127.0.0.1"
    /// The port to bind; 0 picks a free port (read it back from ``RunningDemoServer/port``).
    public var port: Int = 0
    /// The key with every permission, sent by clients in the `apiKey` header.
    public var apiKey: String = "demo-key"
    /// A second key with only `TICKET_READ` and `USER_READ`, for permission tests; nil disables it.
    public var readOnlyAPIKey: String? = nil
    /// An SQLite file to keep the desk in; nil keeps it in memory. An existing file with
    /// tickets is reused as it is, without seeding.
    public var databasePath: String? = nil
    /// How many tickets to seed into an empty database.
    public var ticketCount: Int = 300
    /// The seed for the generated desk; the same seed gives the same tickets.
    public var seed: UInt64 = 1
    /// Adds a few tickets whose title, customer name and content carry terminal escape
    /// sequences, for testing the client's sanitiser. Off by default: the demo stays clean.
    public var hostileSamples: Bool = false
    /// Faults to inject from the first request on; change them later with
    /// ``RunningDemoServer/setFaults(_:)`` or `POST /_desksim/faults`.
    public var faults: Faults = .init()
    /// Logs requests and errors to standard error; off by default because the TUI owns the terminal.
    public var verbose: Bool = false

    /// A configuration with the defaults above.
    public init() {}
}
