import GRDB
import Hummingbird

/// `POST /ticket/setStatus`, `/ticket/setPriority`, `/ticket/unlinkCustomerFromTicket` and
/// `/ticket/batch`. Each checks every id before changing anything, in one transaction.
struct TicketActionsController: Sendable {
    let desk: Desk

    func addRoutes(to group: RouterGroup<DeskRequestContext>) {
        group.post("ticket/setStatus", use: setStatus)
        group.post("ticket/setPriority", use: setPriority)
        group.post("ticket/unlinkCustomerFromTicket", use: unlinkCustomer)
        group.post("ticket/batch", use: batch)
    }

    @Sendable func setStatus(_ request: Request, context: DeskRequestContext) async throws -> Response {
        try context.require(OmnideskContract.Needs.setStatus)
        var request = request
        let fields = try await request.formFields()
        let ids = try RequestValues.ticketIDs(fields)
        let status = try RequestValues.word(fields, "status", oneOf: OmnideskContract.statuses)
        try await updateEach(ids) { db, ticket, now in
            guard ticket.status != status else { return false }
            try TicketEvents.statusChanged(db, ticket: &ticket, to: status, now: now)
            return true
        }
        return OmnideskContract.result(OmnideskContract.ResultMessage.statusUpdated)
    }

    @Sendable func setPriority(_ request: Request, context: DeskRequestContext) async throws -> Response {
        try context.require(OmnideskContract.Needs.setPriority)
        var request = request
        let fields = try await request.formFields()
        let ids = try RequestValues.ticketIDs(fields)
        let priority = try RequestValues.word(fields, "priority", oneOf: OmnideskContract.priorities)
        try await updateEach(ids) { db, ticket, now in
            guard ticket.priority != priority else { return false }
            try TicketEvents.priorityChanged(db, ticket: &ticket, to: priority, now: now)
            return true
        }
        return OmnideskContract.result(OmnideskContract.ResultMessage.priorityUpdated)
    }

    @Sendable func unlinkCustomer(_ request: Request, context: DeskRequestContext) async throws -> Response {
        try context.require(OmnideskContract.Needs.unlinkCustomer)
        var request = request
        let id = try RequestValues.id(try await request.formFields(), "ticketID")
        let now = desk.now()
        try await desk.write { db in
            var ticket = try TicketLoader.existing(db, id)
            ticket.customerId = nil
            ticket.lastUpdate = now
            try ticket.update(db)
        }
        return OmnideskContract.result(OmnideskContract.ResultMessage.customerUnlinked)
    }

    @Sendable func batch(_ request: Request, context: DeskRequestContext) async throws -> Response {
        try context.require(OmnideskContract.Needs.batch)
        var request = request
        let fields = try await request.formFields()
        let ids = try BatchAction.ticketIDs(fields)
        let actions = try BatchAction.parse(fields, catalog: desk.catalog)
        let catalog = desk.catalog
        try await updateEach(ids) { db, ticket, now in
            for action in actions { try action.apply(db, to: &ticket, catalog: catalog, now: now) }
            return true
        }
        return OmnideskContract.result(OmnideskContract.ResultMessage.batchDone)
    }

    /// Checks every id exists, then applies `change` to each ticket in one transaction and
    /// stamps `last_update` on the ones it changed.
    private func updateEach(
        _ ids: [Int], _ change: @escaping @Sendable (Database, inout TicketRecord, Int) throws -> Bool
    ) async throws(DeskError) {
        let now = desk.now()
        try await desk.write { db in
            try TicketLoader.requireAll(db, ids)
            for id in ids {
                var ticket = try TicketLoader.existing(db, id)
                guard try change(db, &ticket, now) else { continue }
                ticket.lastUpdate = now
                try ticket.update(db)
            }
        }
    }
}
