import TickettyCore

/// One refresh of the ticket list in progress: the page awaited, and what earlier pages found.
///
/// Only the answer to `awaiting` drives paging, so a refresh started while an older one is still
/// paging makes the older answers plain data (merged, never followed up).
public struct ListSync: Hashable, Sendable {
    /// The query whose answer continues this refresh.
    public var awaiting: TicketQuery
    /// Tickets seen for the first time during this refresh.
    public var newTickets: Int
    /// Whether to tell the agent about new tickets (not on the very first load, when all are new).
    public var announcesNewTickets: Bool

    public init(awaiting: TicketQuery, newTickets: Int = 0, announcesNewTickets: Bool) {
        self.awaiting = awaiting
        self.newTickets = newTickets
        self.announcesNewTickets = announcesNewTickets
    }
}
