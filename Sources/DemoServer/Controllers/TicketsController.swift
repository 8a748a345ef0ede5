import GRDB
import Hummingbird

/// `GET/POST /ticket`, `GET/PUT/DELETE /ticket/{id}` and `DELETE /ticket/multi`.
struct TicketsController: Sendable {
    let desk: Desk

    func addRoutes(to group: RouterGroup<DeskRequestContext>) {
        group.get("ticket", use: list)
        group.post("ticket", use: create)
        // Registered before ":ticketID" so "multi" is never read as an id.
        group.delete("ticket/multi", use: deleteMany)
        group.get("ticket/:ticketID", use: show)
        group.put("ticket/:ticketID", use: update)
        group.delete("ticket/:ticketID", use: delete)
    }

    @Sendable func list(_ request: Request, context: DeskRequestContext) async throws -> Response {
        try context.require(OmnideskContract.Needs.listTickets)
        let query = RequestValues.query(request)
        let (start, limit) = try RequestValues.paging(query)
        var filter = TicketListQuery()
        if let status = RequestValues.nonEmpty(query["status"]) {
            filter.statuses = OmnideskContract.decodeTags(status)
            guard filter.statuses.allSatisfy(OmnideskContract.statuses.contains) else {
                throw DeskError.badRequest("status must be one of: \(OmnideskContract.statuses.joined(separator: ", ")).")
            }
        }
        filter.text = RequestValues.nonEmpty(query["query"])
        let viewID = try RequestValues.optionalNumber(query, "applyView")
        let renderer = TicketJSON(catalog: desk.catalog, now: desk.now())
        let page = try await desk.read { [filter] db in
            var filter = filter
            if let viewID, viewID != 0 {
                guard let view = try ViewRecord.fetchOne(db, key: viewID) else {
                    throw DeskError.notFound("View \(viewID) not found.")
                }
                filter.view = view
            }
            return try filter.fetch(db, start: start, limit: limit)
        }
        return OmnideskContract.list(
            page.tickets.map { .object(renderer.summary($0)) }, start: start, total: page.total, limit: limit)
    }

    @Sendable func show(_ request: Request, context: DeskRequestContext) async throws -> Response {
        try context.require(OmnideskContract.Needs.showTicket)
        let id = try RequestValues.pathTicketID(context)
        return OmnideskContract.item(try await TicketLoader(desk: desk).detail(id))
    }

    @Sendable func create(_ request: Request, context: DeskRequestContext) async throws -> Response {
        try context.require(OmnideskContract.Needs.createTicket)
        var request = request
        let draft = try NewTicketDraft(try await request.formFields(), catalog: desk.catalog)
        let now = desk.now()
        let id = try await desk.write { db in try draft.insert(db, now: now) }
        return OmnideskContract.item(try await TicketLoader(desk: desk).detail(id))
    }

    @Sendable func update(_ request: Request, context: DeskRequestContext) async throws -> Response {
        try context.require(OmnideskContract.Needs.updateTicket)
        let id = try RequestValues.pathTicketID(context)
        var request = request
        let fields = try await request.formFields()
        let title = fields["title"].map { $0.trimmingSpaces }
        if let title, title.isEmpty { throw DeskError.badRequest("title must not be empty.") }
        let status: String? = fields["status"] == nil
            ? nil : try RequestValues.word(fields, "status", oneOf: OmnideskContract.updateStatuses)
        let externalPrimaryID = fields["externalPrimaryID"]
        guard title != nil || status != nil || externalPrimaryID != nil else {
            throw DeskError.badRequest("Nothing to update: send title, status or externalPrimaryID.")
        }
        let now = desk.now()
        try await desk.write { db in
            var ticket = try TicketLoader.existing(db, id)
            if let title { ticket.title = title }
            if let status, status != ticket.status {
                try TicketEvents.statusChanged(db, ticket: &ticket, to: status, now: now)
            }
            if let externalPrimaryID {
                // Vendor: "if the customer does not exist the ticket will be set to no customer".
                ticket.customerId = try CustomerRecord.filter(Column("externalPrimaryId") == externalPrimaryID)
                    .fetchOne(db)?.id
            }
            ticket.lastUpdate = now
            try ticket.update(db)
        }
        return OmnideskContract.result(OmnideskContract.ResultMessage.ticketUpdated)
    }

    @Sendable func delete(_ request: Request, context: DeskRequestContext) async throws -> Response {
        try context.require(OmnideskContract.Needs.deleteTicket)
        let id = try RequestValues.pathTicketID(context)
        try await desk.write { db in
            _ = try TicketLoader.existing(db, id)
            _ = try TicketRecord.deleteOne(db, key: id)
        }
        return OmnideskContract.result(OmnideskContract.ResultMessage.ticketDeleted)
    }

    @Sendable func deleteMany(_ request: Request, context: DeskRequestContext) async throws -> Response {
        try context.require(OmnideskContract.Needs.deleteTickets)
        var request = request
        let ids = try RequestValues.ticketIDs(try await request.formFields())
        try await desk.write { db in
            try TicketLoader.requireAll(db, ids)
            _ = try TicketRecord.deleteAll(db, keys: ids)
        }
        return OmnideskContract.result(OmnideskContract.ResultMessage.ticketsDeleted)
    }
}
