import Foundation
import TickettyCore

extension Write {
    /// For a create sent again after an attempt whose answer was lost: the ticket that attempt
    /// made, if the server lists one with the same title and customer created since `since`.
    /// Nothing for other writes. Like replies, a ticket must never be created twice.
    func ticketAlreadyCreated(on backend: any HelpdeskBackend, since: Date) async throws(BackendError) -> Ticket? {
        guard case .create(let new, _) = self else { return nil }
        let customer = new.direction == .inbound ? new.from : new.to
        let page = try await backend.listTickets(TicketQuery(limit: 50, text: new.title))
        return page.tickets.first { ticket in
            ticket.title == new.title && ticket.createdAt >= since
                && ticket.customerAddress.caseInsensitiveCompare(customer) == .orderedSame
        }
    }
}
