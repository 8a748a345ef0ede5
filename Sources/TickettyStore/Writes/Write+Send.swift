import TickettyCore

/// What the server gave back for a write, beyond "done".
public enum WriteReceipt: Hashable, Sendable {
    case done
    /// The ticket a create made, as the server stored it.
    case created(Ticket)
}

extension Write {
    /// Sends the write with the one backend call it maps to.
    func send(to backend: any HelpdeskBackend) async throws(BackendError) -> WriteReceipt {
        switch self {
        case .setStatus(let status, let ids): try await backend.setStatus(status, of: ids)
        case .setPriority(let priority, let ids): try await backend.setPriority(priority, of: ids)
        case .assign(let assignee, let ids): try await backend.assign(ids, to: assignee)
        case .post(let message, let ticket): try await backend.post(message, on: ticket)
        case .updateTags(let adding, let removing, let ids):
            try await backend.updateTags(of: ids, adding: adding, removing: removing)
        case .setTitle(let title, let id): try await backend.setTitle(title, of: id)
        case .create(let ticket, _): return .created(try await backend.createTicket(ticket))
        case .delete(let ids): try await backend.deleteTickets(ids)
        case .unlinkCustomer(let id): try await backend.unlinkCustomer(from: id)
        }
        return .done
    }
}
