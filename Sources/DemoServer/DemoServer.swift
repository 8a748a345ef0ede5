/// Starts the built-in Omnidesk-compatible demo desk.
///
/// ```swift
/// var configuration = DemoServerConfiguration()
/// configuration.port = 0                      // any free port
/// let server = try await DemoServer.start(configuration)
/// defer { Task { await server.stop() } }
/// // point an Omnidesk client at server.baseURL with header `apiKey: demo-key`
/// ```
public enum DemoServer {
    /// Opens (and seeds, if empty) the database, binds, and returns once the server
    /// accepts connections. Logs nothing unless ``DemoServerConfiguration/verbose`` is set.
    ///
    /// - Throws: ``DemoServerError`` when the database or the socket cannot be set up.
    public static func start(_ configuration: DemoServerConfiguration) async throws(DemoServerError) -> RunningDemoServer {
        let desk = try await Desk.open(configuration)
        let (ports, continuation) = AsyncThrowingStream<Int, any Error>.makeStream()
        let app = buildApplication(desk: desk, configuration: configuration) { port in
            continuation.yield(port)
        }
        let task = Task {
            do {
                try await app.run()
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        do {
            for try await port in ports {
                return RunningDemoServer(host: configuration.host, port: port, desk: desk, task: task)
            }
        } catch {
            task.cancel()
            throw .startFailed(String(describing: error))
        }
        throw .startFailed("the server stopped before accepting connections")
    }
}
