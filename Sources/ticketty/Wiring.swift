import DemoServer
import Foundation
import Logging
import OmnideskBackend
import TickettyCache
import TickettyCore

/// Connects the program to its desk: a real Omnidesk account, or the built-in demo desk
/// started in-process and reached over real HTTP, exactly like an account.
enum Wiring {
    /// The backend, the account's local cache and, for the demo, the server it talks to.
    struct Session: Sendable {
        let backend: any HelpdeskBackend
        let demoServer: RunningDemoServer?
        let accountName: String
        /// The account's SQLite cache and outbox; `nil` for the demo desk (it starts afresh
        /// each run, so a cache would show tickets it no longer has) or when it cannot open.
        var cache: AccountCache? = nil
        /// Why there is no cache for an account, to say in the status line.
        var cacheProblem: String? = nil
        var isDemo: Bool { demoServer != nil }

        /// Stops the demo server, if one was started.
        func close() async {
            await demoServer?.stop()
        }
    }

    /// The status line's name for the demo desk.
    static let demoAccountName = "DEMO"

    static func connect(
        _ settings: LaunchSettings, environment: [String: String], logger: Logger
    ) async throws(AppFailure) -> Session {
        switch settings.desk {
        case .demo:
            return try await startDemo(logger: logger)
        case .account(let url, let apiKey):
            let configuration: OmnideskConfiguration
            do {
                configuration = try OmnideskConfiguration(
                    accountURL: url, apiKey: apiKey.revealed, timeZone: settings.timeZone)
            } catch {
                throw AppFailure(error.userMessage)
            }
            logger.info("account \(configuration.apiBaseURL)")
            var session = Session(
                backend: OmnideskBackend(configuration: configuration), demoServer: nil,
                accountName: configuration.accountName)
            do throws(CacheError) {
                // Keyed by the API address, port included, so two desks never share a cache.
                session.cache = try AccountCache.open(
                    account: configuration.apiBaseURL, in: AccountCache.defaultDirectory(environment: environment))
            } catch {
                logger.warning("no local cache: \(error)")
                session.cacheProblem = "No local cache (\(error)): writes will not survive a crash"
            }
            return session
        }
    }

    private static func startDemo(logger: Logger) async throws(AppFailure) -> Session {
        // A fresh random key per run: nothing else on the machine can use the demo's API.
        let key = Secret((0..<4).map { _ in String(UInt64.random(in: .min ... .max), radix: 36) }.joined())
        var demo = DemoServerConfiguration()
        demo.port = 0
        demo.apiKey = key.revealed
        let server: RunningDemoServer
        do {
            server = try await DemoServer.start(demo)
        } catch {
            throw AppFailure("the demo desk did not start: \(error)")
        }
        logger.info("demo desk at \(server.baseURL)")
        do {
            let configuration = try OmnideskConfiguration(
                accountURL: server.baseURL, apiKey: key.revealed, timeZone: .gmt, accountName: demoAccountName)
            return Session(
                backend: OmnideskBackend(configuration: configuration), demoServer: server,
                accountName: demoAccountName)
        } catch {
            await server.stop()
            throw AppFailure(error.userMessage)
        }
    }
}
