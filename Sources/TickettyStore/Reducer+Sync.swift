import Foundation
import TickettyCore

extension State {
    /// How far the list pages at most, whatever total the server claims.
    static let maximumListedTickets = 200_000

    /// The first list request of a refresh.
    var firstPageQuery: TicketQuery { TicketQuery(start: 0, limit: max(1, pageSize)) }

    /// Program start: the first page of tickets, the agents, and the clock.
    mutating func start() -> [Effect] {
        // Idleness counts from the start until the first key.
        lastKeyAt = lastKeyAt ?? now
        beginListSync()
        return [.fetchTickets(firstPageQuery), .fetchAgents, .scheduleClockTick(afterSeconds: State.clockTickInterval)]
    }

    /// The refresh timer fired (or the agent asked): the open ticket first, since the agent is
    /// reading it, then the list from its first page.
    mutating func refresh() -> [Effect] {
        var effects: [Effect] = []
        if let open = openTicketID { effects.append(.fetchTicket(open)) }
        beginListSync()
        effects.append(.fetchTickets(firstPageQuery))
        if agentsWanted { effects.append(.fetchAgents) }
        return effects + refreshView()
    }

    private mutating func beginListSync() {
        listSync = ListSync(awaiting: firstPageQuery, announcesNewTickets: !tickets.isEmpty)
        sync = .syncing(loaded: 0, total: totalOnServer)
    }

    /// A page arrived: merge it, keep the cursor on its ticket, and page on or finish.
    mutating func ticketsLoaded(_ page: TicketPage, for query: TicketQuery) -> [Effect] {
        var newTickets = 0
        var lastWasUnchanged = false
        for ticket in page.tickets {
            let known = tickets[ticket.id]
            if known == nil { newTickets += 1 }
            lastWasUnchanged = known?.lastUpdate == ticket.lastUpdate
            merge(ticket)
        }
        // Searches and views page on their own; their tickets are list data all the same.
        if let effects = serverSearchPageLoaded(page, for: query) ?? viewPageLoaded(page, for: query) {
            return effects
        }
        recomputeVisibleTickets()

        // An answer to an older refresh is still data, but only the awaited one drives paging.
        guard var progress = listSync, progress.awaiting == query else { return [] }
        // The server answers again: the complaint about the failure it recovered from goes.
        if case .failed(let error, _) = sync, message == .error(error.userMessage) { message = nil }
        progress.newTickets += newTickets
        let total = max(0, page.total)
        totalOnServer = total
        // Counted from what we asked for, not from the page's own claim, so every next request
        // starts further on and a server echoing `start: 0` cannot keep us asking forever.
        let loaded = query.start + page.tickets.count
        // Once everything was seen, a page whose last ticket is unchanged means the rest (older
        // in the server's order) is unchanged too. An empty page stops a server that lies
        // about its total, and the cap one that never runs dry.
        let stopEarly = hasLoadedAllTickets && lastWasUnchanged
        if loaded < min(total, State.maximumListedTickets), !page.tickets.isEmpty, !stopEarly {
            progress.awaiting = TicketQuery(start: loaded, limit: query.limit, text: query.text,
                                            status: query.status, viewID: query.viewID)
            listSync = progress
            sync = .syncing(loaded: loaded, total: total)
            return [.fetchTickets(progress.awaiting)]
        }
        listSync = nil
        hasLoadedAllTickets = true
        sync = .upToDate(now)
        if progress.announcesNewTickets, progress.newTickets > 0 {
            message = StatusMessage(progress.newTickets == 1 ? "1 new ticket" : "\(progress.newTickets) new tickets")
        }
        return [.scheduleRefresh(afterSeconds: currentRefreshInterval)]
    }

    /// A read failed and the read queue will try it again at `retryAt`: say so, so the status
    /// line counts down ("retrying in 8 s") instead of spinning.
    mutating func readRetrying(_ request: ReadRequest, _ error: BackendError, retryAt: Date) -> [Effect] {
        switch request {
        case .tickets(let query):
            // A page of an abandoned refresh is no news.
            guard listSync?.awaiting == query else { return [] }
        case .ticket(let id):
            guard id == openTicketID else { return [] }
        case .agents, .views:
            // The list works without them; their retries need no mention.
            return []
        }
        sync = .failed(error, retryAt: retryAt)
        message = .error(error.userMessage)
        return []
    }

    /// A read failed for good (the queue does the retrying of passing trouble): say so, and
    /// try again at the next regular refresh.
    mutating func requestFailed(_ request: ReadRequest, _ error: BackendError) -> [Effect] {
        switch request {
        case .tickets(let query):
            if serverSearchFailed(query, error) || viewPageFailed(query, error) { return [] }
            // A failed page of an abandoned refresh changes nothing.
            guard listSync?.awaiting == query else { return [] }
            listSync = nil
        case .ticket(let id):
            // Gone from the server (deleted elsewhere): gone from the list and the cache too,
            // whether the agent opened it or the cursor only passed by.
            if case .notFound = error {
                let effects = ticketsDeleted([id])
                message = .error(error.userMessage)
                return effects
            }
            // A ticket the agent has since left is no news.
            guard id == openTicketID else { return [] }
        case .views:
            // The views stay unknown, so the next `v` asks again.
            message = .error(error.userMessage)
            return []
        case .agents:
            // The list works without them (a ticket brings its own assignable agents), so
            // this neither marks the sync failed nor hurries the next refresh, which asks again
            // unless the refusal is for good.
            if !error.isRetryable {
                agentsWanted = false
                message = .error(error.userMessage)
            }
            return []
        }
        let delay = currentRefreshInterval
        sync = .failed(error, retryAt: now.addingTimeInterval(delay))
        message = .error(error.userMessage)
        return [.scheduleRefresh(afterSeconds: delay)]
    }

    /// A ticket's detail arrived because the cursor rested near it: keep its row up to date,
    /// without opening it. (If the agent opened it meanwhile, it is the open ticket's detail.)
    mutating func ticketPrefetched(_ detail: TicketDetail) -> [Effect] {
        if detail.ticket.id == openTicketID { return ticketLoaded(detail) }
        merge(detail.ticket)
        recomputeVisibleTickets()
        return []
    }
}
