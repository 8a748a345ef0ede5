import Foundation
import Hummingbird

/// The desk's own control endpoints, outside the Omnidesk API and never faulted:
/// `GET /_desksim/health` (no key needed), `GET` and `POST /_desksim/faults` (full key).
struct AdminController: Sendable {
    static let healthPath = "/_desksim/health"
    let desk: Desk

    func addRoutes(to group: RouterGroup<DeskRequestContext>) {
        group.get("health", use: health)
        group.get("faults", use: faults)
        group.post("faults", use: setFaults)
    }

    @Sendable func health(_ request: Request, context: DeskRequestContext) async throws -> Response {
        let tickets = try await desk.read { db in try TicketRecord.fetchCount(db) }
        return OmnideskContract.json(.object([("status", .string("ok")), ("tickets", .int(tickets))]))
    }

    @Sendable func faults(_ request: Request, context: DeskRequestContext) async throws -> Response {
        try context.require(OmnideskContract.Needs.desksimAdmin)
        return try Self.faultsResponse(await desk.faults.current())
    }

    /// Takes a JSON `Faults` body in which every field is optional; omitted fields reset to "no fault".
    @Sendable func setFaults(_ request: Request, context: DeskRequestContext) async throws -> Response {
        try context.require(OmnideskContract.Needs.desksimAdmin)
        let body = try await request.body.collect(upTo: 64 * 1024)
        let faults: Faults
        do {
            faults = try JSONDecoder().decode(Faults.self, from: Data(body.readableBytesView))
        } catch {
            throw DeskError.badRequest("Body must be JSON like {\"failureRate\":0.3,\"rateLimitRate\":0.1,\"retryAfter\":2,\"mode\":\"normal\"}.")
        }
        guard faults.isValid else { throw DeskError.badRequest("Rates must be within 0...1 and add up to at most 1.") }
        await desk.faults.set(faults)
        return try Self.faultsResponse(faults)
    }

    private static func faultsResponse(_ faults: Faults) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(faults))))
    }
}
