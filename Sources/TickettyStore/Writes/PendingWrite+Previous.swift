import TickettyCore

extension PendingWrite {
    /// Replaces the rollback snapshot of one ticket.
    mutating func setPrevious(_ ticket: Ticket) {
        if let index = previous.firstIndex(where: { $0.id == ticket.id }) {
            previous[index] = ticket
        } else {
            previous.append(ticket)
        }
    }
}
