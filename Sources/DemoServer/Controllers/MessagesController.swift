import GRDB
import Hummingbird

/// `POST /message`: a reply to the customer or an internal note.
///
/// Decision (README): `type` is the channel id of a reply (1 = e-mail, which needs
/// `toAddress`), or 0 for an internal note. The answer is the new timeline entry as an item.
struct MessagesController: Sendable {
    let desk: Desk

    func addRoutes(to group: RouterGroup<DeskRequestContext>) {
        group.post("message", use: create)
    }

    @Sendable func create(_ request: Request, context: DeskRequestContext) async throws -> Response {
        try context.require(OmnideskContract.Needs.createMessage)
        var request = request
        let draft = try MessageDraft(try await request.formFields(), catalog: desk.catalog)
        let now = desk.now()
        let catalog = desk.catalog
        let entry = try await desk.write { db in
            var ticket = try TicketLoader.existing(db, draft.ticketID)
            if let respond = draft.respondMessageID {
                let exists = try TimelineRecord.filter(Column("id") == respond && Column("ticketId") == draft.ticketID)
                    .fetchCount(db) > 0
                guard exists else { throw DeskError.badRequest("respondMessageID \(respond) is not a message of this ticket.") }
            }
            var entry = draft.record(ticket: ticket, catalog: catalog, now: now)
            try entry.insert(db)
            ticket.lastUpdate = now
            if !draft.isNote { ticket.lastUpdateAgent = now }
            try ticket.update(db)
            return entry
        }
        let brand = desk.catalog.brands.values.first?.name ?? ""
        let context = EmailContext(customerName: "", agentName: "", brandName: brand, title: "", ticketID: draft.ticketID)
        return OmnideskContract.item(TimelineJSON(context: context).entry(entry))
    }
}
