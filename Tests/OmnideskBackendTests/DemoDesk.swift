import DemoServer
import Foundation
import OmnideskBackend
import TickettyCore

/// Starts the project's own demo server on a free loopback port for one test, and points a
/// real `OmnideskBackend` at it over HTTP.
///
/// ```swift
/// try await DemoDesk.with { desk in
///     let page = try await desk.backend.listTickets(TicketQuery(limit: 10))
/// }
/// ```
struct DemoDesk {
    static let key = "demo-key"
    static let readOnlyKey = "read-only-key"

    let server: RunningDemoServer
    let backend: OmnideskBackend

    /// A backend with another key or timeout against the same server.
    func backend(key: String = DemoDesk.key, timeout: Duration = .seconds(10)) throws -> OmnideskBackend {
        OmnideskBackend(
            configuration: try OmnideskConfiguration(
                accountURL: server.baseURL, apiKey: key, requestTimeout: timeout, accountName: "DEMO"))
    }

    /// Runs `body` against a fresh in-memory desk and stops the server afterwards, also when
    /// `body` throws.
    static func with<Result>(
        ticketCount: Int = 30, hostileSamples: Bool = false,
        _ body: (DemoDesk) async throws -> Result
    ) async throws -> Result {
        var configuration = DemoServerConfiguration()
        configuration.ticketCount = ticketCount
        configuration.readOnlyAPIKey = readOnlyKey
        configuration.hostileSamples = hostileSamples
        let server = try await DemoServer.start(configuration)
        do {
            let backend = OmnideskBackend(
                configuration: try OmnideskConfiguration(accountURL: server.baseURL, apiKey: key, accountName: "DEMO"))
            let result = try await body(DemoDesk(server: server, backend: backend))
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }
}
