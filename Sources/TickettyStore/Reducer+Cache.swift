import TickettyCore

extension State {
    /// Tickets, agents and groups from the local cache: shown at once, under anything newer
    /// the server already sent and under the pending writes.
    mutating func cacheLoaded(_ data: CachedData) -> [Effect] {
        hasLocalCache = true
        for ticket in data.tickets {
            merge(ticket)
        }
        if agents.isEmpty { agents = data.agents }
        for group in data.groups where !groups.contains(where: { $0.id == group.id }) {
            groups.append(group)
        }
        if data.listComplete { hasLoadedAllTickets = true }
        recomputeVisibleTickets()
        return []
    }

    /// The open ticket's timeline as the cache had it: shown until (and unless) the server's
    /// answer came first, so a ticket opens instantly and stays readable offline.
    mutating func cachedTicketLoaded(_ detail: TicketDetail) -> [Effect] {
        guard detail.ticket.id == openTicketID, openTicket == nil else { return [] }
        var shown = detail
        shown.ticket = tickets[detail.ticket.id] ?? detail.ticket
        openTicket = shown
        return []
    }
}
