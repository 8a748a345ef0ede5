import GRDB

/// Finds tickets or fails with the 404 the API promises.
struct TicketLoader: Sendable {
    let desk: Desk

    /// The ticket with its customer and timeline, rendered for `GET /ticket/{id}`.
    func detail(_ id: Int) async throws(DeskError) -> JSONValue {
        let renderer = TicketJSON(catalog: desk.catalog, now: desk.now())
        return try await desk.read { db in
            let ticket = try Self.existing(db, id)
            let customer = try ticket.customerId.flatMap { try CustomerRecord.fetchOne(db, key: $0) }
            let timeline = try TimelineRecord.filter(Column("ticketId") == id)
                .order(OmnideskContract.timelineOrder.map { Column($0) }).fetchAll(db)
            return renderer.detail(ticket, customer: customer, timeline: timeline)
        }
    }

    static func existing(_ db: Database, _ id: Int) throws -> TicketRecord {
        guard let ticket = try TicketRecord.fetchOne(db, key: id) else {
            throw DeskError.notFound("Ticket \(id) not found.")
        }
        return ticket
    }

    /// Fails naming the first missing id, before anything is changed.
    static func requireAll(_ db: Database, _ ids: [Int]) throws {
        let found = Set(try TicketRecord.select(Column("id"), as: Int.self).filter(keys: ids).fetchAll(db))
        if let missing = ids.first(where: { !found.contains($0) }) {
            throw DeskError.notFound("Ticket \(missing) not found.")
        }
    }
}
