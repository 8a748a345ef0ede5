import TickettyCore

extension Write {
    /// The ticket as it looks once this write has reached the server, for showing it before
    /// the server confirms.
    ///
    /// Assigning a group clears the agent (the ticket goes back to the group's queue);
    /// assigning an agent keeps the group. Posting a message, deleting (the list hides tickets
    /// with a pending delete instead), creating and unlinking the customer (whose fallback name
    /// only the server knows) change no field here.
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
        case .updateTags(let adding, let removing, _):
            ticket.tags = TagEdit.applying(adding: adding, removing: removing, to: ticket.tags)
        case .setTitle(let title, _):
            ticket.title = title
        case .post, .create, .delete, .unlinkCustomer:
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
        case .updateTags(let adding, let removing, _):
            let change = (adding.map { "+" + $0 } + removing.map { "-" + $0 }).joined(separator: " ")
            return "Tags \(change) on \(on)"
        case .setTitle: return "Title changed on \(on)"
        case .create(let ticket, _): return "Ticket created: \(ticket.title)"
        case .delete: return "Deleted \(on)"
        case .unlinkCustomer: return "Customer unlinked from \(on)"
        }
    }

    /// The question asked before a write that cannot be undone, or `nil` when it needs none.
    public var question: String? {
        let ids = ticketIDs
        switch self {
        case .delete: return ids.count == 1 ? "Delete ticket \(ids[0])?" : "Delete \(ids.count) tickets?"
        case .unlinkCustomer(let id): return "Unlink the customer from ticket \(id)?"
        default: return nil
        }
    }
}
