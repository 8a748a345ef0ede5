import TickettyCore

/// What a read brought back, before it becomes an ``Action``.
public enum ReadResult: Hashable, Sendable {
    case tickets(TicketPage, TicketQuery)
    case ticket(TicketDetail)
    case agents([Agent])
    case views([SavedView])

    /// The action that tells the reducer, given the highest priority the read was asked for:
    /// a ticket asked for as the open one is `ticketLoaded`; one only prefetched is
    /// `ticketPrefetched`, which never opens it.
    func action(priority: ReadPriority) -> Action {
        switch self {
        case .tickets(let page, let query): .ticketsLoaded(page, query)
        case .ticket(let detail): priority == .openTicket ? .ticketLoaded(detail) : .ticketPrefetched(detail)
        case .agents(let agents): .agentsLoaded(agents)
        case .views(let views): .viewsLoaded(views)
        }
    }
}
