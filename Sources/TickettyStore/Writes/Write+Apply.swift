import TickettyCore

extension Write {
    /// The ticket as it looks once this write has reached the server, for showing it before
    /// the server confirms.
    ///
    /// Assigning a group clears the agent (the ticket goes back to the group's queue);
    /// assigning an agent keeps the group. Posting a message changes no field the list shows.
    public func applied(to ticket: Ticket) -> Ticket {
        guard ticketIDs.contains(ticket.id) else { return ticket }
        var ticket = ticket
        switch self {
        case .setStatus(let status, _):
            ticket.status = status
        case .setPriority(let priority, _):
            ticket.priority = priority
        case .assign(.group(let group), _):
            ticket.assignedGroup = group
            ticket.assignedAgent = nil
        case .assign(.agent(let agent), _):
            ticket.assignedAgent = agent
        case .post:
            break
        }
        return ticket
    }

    /// The confirmation the status line shows once the server accepted the write.
    public var confirmation: String {
        let ids = ticketIDs
        let on = ids.count == 1 ? "ticket \(ids[0])" : "\(ids.count) tickets"
        switch self {
        case .setStatus(let status, _): return "Status set to \(status.label) on \(on)"
        case .setPriority(let priority, _): return "Priority set to \(priority.label) on \(on)"
        case .assign(let assignee, _): return "Assigned \(on) to \(assignee.name)"
        case .post(let message, _):
            return message.kind == .reply ? "Reply sent on \(on)" : "Note added to \(on)"
        }
    }
}
