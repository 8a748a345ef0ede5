/// A demo desk that is accepting connections; keep it to change its faults or stop it.
///
/// ```swift
/// let server = try await DemoServer.start(DemoServerConfiguration())
/// print(server.baseURL)            // http://127.0.0.1:49152/api/v2/
/// await server.setFaults(Faults(mode: .error500))
/// await server.stop()
/// ```
public final class RunningDemoServer: Sendable {
    /// The port the server is bound to (the picked one when the configuration asked for 0).
    public let port: Int
    /// The host the server is bound to.
    public let host: String
    /// The Omnidesk API root, ending in a slash: `http://127.0.0.1:PORT/api/v2/`.
    public var baseURL: String { "http://\(host):\(port)/api/v2/" }

    private let desk: Desk
    private let task: Task<Void, Never>

    init(host: String, port: Int, desk: Desk, task: Task<Void, Never>) {
        self.host = host
        self.port = port
        self.desk = desk
        self.task = task
    }

    /// Replaces the injected faults; requests that arrive afterwards see the new ones.
    public func setFaults(_ faults: Faults) async {
        await desk.faults.set(faults)
    }

    /// The faults in force now.
    public func faults() async -> Faults {
        await desk.faults.current()
    }

    /// Stops accepting connections and waits until the server has shut down.
    public func stop() async {
        task.cancel()
        await task.value
    }
}
