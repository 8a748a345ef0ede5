import DemoServer
import Foundation
import Testing
import TickettyCore

@testable import OmnideskBackend

/// What the user sees when the key, the ticket or the server is wrong.
@Suite struct LoopbackErrorTests {
    @Test func wrongKeyIsUnauthorized() async throws {
        try await DemoDesk.with(ticketCount: 5) { desk in
            let backend = try desk.backend(key: "not-the-key")
            await #expect(throws: BackendError.unauthorized(permission: nil)) {
                try await backend.listTickets(TicketQuery())
            }
        }
    }

    @Test func readOnlyKeyIsForbiddenWithThePermission() async throws {
        try await DemoDesk.with(ticketCount: 5) { desk in
            let backend = try desk.backend(key: DemoDesk.readOnlyKey)
            let ids = try await backend.listTickets(TicketQuery()).tickets.map(\.id)
            #expect(ids.count == 5)
            await #expect(throws: BackendError.forbidden(permission: "SET_STATUS")) {
                try await backend.setStatus(.closed, of: ids)
            }
            await #expect(throws: BackendError.forbidden(permission: "TICKET_DELETE")) {
                try await backend.deleteTickets(ids)
            }
            await #expect(throws: BackendError.forbidden(permission: "TICKET_BATCH")) {
                try await backend.updateTags(of: ids, adding: ["x"], removing: [])
            }
        }
    }

    @Test func unknownTicketIsNotFound() async throws {
        try await DemoDesk.with(ticketCount: 5) { desk in
            await #expect(throws: BackendError.notFound(987_654)) { try await desk.backend.ticket(987_654) }
            let known = try #require(try await desk.backend.listTickets(TicketQuery()).tickets.first?.id)
            await #expect(throws: BackendError.notFound(987_654)) {
                try await desk.backend.setStatus(.open, of: [known, 987_654])
            }
        }
    }

    @Test func serverFailureIs500() async throws {
        try await DemoDesk.with(ticketCount: 5) { desk in
            await desk.server.setFaults(Faults(mode: .error500))
            await #expect(throws: BackendError.server(status: 500, message: "Injected failure (desksim).")) {
                try await desk.backend.listTickets(TicketQuery())
            }
        }
    }

    @Test func htmlInsteadOfJSONIsInvalidResponse() async throws {
        try await DemoDesk.with(ticketCount: 5) { desk in
            await desk.server.setFaults(Faults(mode: .html))
            await #expect(throws: BackendError.invalidResponse("expected JSON, got text/html")) {
                try await desk.backend.ticket(1)
            }
        }
    }

    @Test func rateLimitCarriesRetryAfter() async throws {
        try await DemoDesk.with(ticketCount: 5) { desk in
            await desk.server.setFaults(Faults(rateLimitRate: 1, retryAfter: 7))
            await #expect(throws: BackendError.rateLimited(retryAfter: 7)) {
                try await desk.backend.agents()
            }
        }
    }

    @Test func hangingServerTimesOut() async throws {
        try await DemoDesk.with(ticketCount: 5) { desk in
            await desk.server.setFaults(Faults(mode: .hang, hangSeconds: 30))
            let backend = try desk.backend(timeout: .seconds(1))
            let clock = ContinuousClock()
            let start = clock.now
            await #expect(throws: BackendError.timeout) { try await backend.listTickets(TicketQuery()) }
            #expect(clock.now - start < .seconds(5))
            await desk.server.setFaults(Faults())
        }
    }

    @Test func stoppedServerIsATransportError() async throws {
        var configuration = DemoServerConfiguration()
        configuration.ticketCount = 1
        let server = try await DemoServer.start(configuration)
        let backend = OmnideskBackend(
            configuration: try OmnideskConfiguration(accountURL: server.baseURL, apiKey: DemoDesk.key))
        await server.stop()
        await #expect(throws: BackendError.transport("connection refused")) {
            try await backend.listTickets(TicketQuery())
        }
    }
}
