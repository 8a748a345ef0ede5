import Foundation
import Testing
import TickettyCore

@testable import OmnideskBackend

/// The client's own limits: answer size, a stalled body, redirects.
@Suite struct TransportLimitsTests {
    private func withServer(
        timeout: Duration = .seconds(1), _ body: (MisbehavingServer, OmnideskBackend) async throws -> Void
    ) async throws {
        let server = try await MisbehavingServer.start()
        do {
            let backend = OmnideskBackend(
                configuration: try OmnideskConfiguration(
                    accountURL: server.baseURL, apiKey: "k", requestTimeout: timeout))
            try await body(server, backend)
            await server.stop()
        } catch {
            await server.stop()
            throw error
        }
    }

    @Test func hugeAnswersAreRefused() async throws {
        // A generous timeout: the limit, not the clock, must stop this one.
        try await withServer(timeout: .seconds(60)) { _, backend in
            await #expect(throws: BackendError.invalidResponse("the answer is larger than 32 MB")) {
                try await backend.listTickets(TicketQuery())
            }
        }
    }

    @Test func aStalledBodyTimesOut() async throws {
        try await withServer { _, backend in
            let clock = ContinuousClock()
            let start = clock.now
            await #expect(throws: BackendError.timeout) { try await backend.ticket(1) }
            #expect(clock.now - start < .seconds(5))
        }
    }

    @Test func redirectsAreNotFollowed() async throws {
        try await withServer { server, backend in
            await #expect(throws: BackendError.invalidResponse("unexpected redirect (HTTP 302)")) {
                try await backend.agents()
            }
            #expect(await server.redirectTargetHits.count == 0)
        }
    }
}
