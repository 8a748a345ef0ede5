import TickettyCore

extension State {
    /// The shortest plain text the message cache is searched for: one or two letters would
    /// match nearly every message and tell the agent nothing.
    static let minimumMessageSearchLength = 3
    /// How many tickets a server search pages in at most.
    static let maximumServerSearchResults = 2_000

    /// The filter's plain words changed (or not): forget what was found for the old words and
    /// ask the message cache about the new ones, one search at a time.
    mutating func filterWordsEdited() -> [Effect] {
        let text = TicketFilter(filter).plainText
        guard text != filterSearch.text else { return [] }
        filterSearch.text = text
        filterSearch.messageMatches = []
        filterSearch.serverMatches = []
        filterSearch.serverAwaiting = nil
        guard let text, text.count >= State.minimumMessageSearchLength else {
            filterSearch.messageSearchQueued = nil
            return []
        }
        if filterSearch.messageSearchInFlight != nil {
            filterSearch.messageSearchQueued = text
            return []
        }
        filterSearch.messageSearchInFlight = text
        return [.searchMessages(text)]
    }

    /// The message cache answered: keep the tickets if the words are still the ones typed,
    /// and ask about the words typed meanwhile.
    mutating func messagesMatched(filter text: String, ids: Set<TicketID>) -> [Effect] {
        if filterSearch.messageSearchInFlight == text { filterSearch.messageSearchInFlight = nil }
        if text == filterSearch.text, ids != filterSearch.messageMatches {
            filterSearch.messageMatches = ids
            recomputeVisibleTickets()
        }
        guard filterSearch.messageSearchInFlight == nil, let next = filterSearch.messageSearchQueued else { return [] }
        filterSearch.messageSearchQueued = nil
        guard next == filterSearch.text else { return [] }
        filterSearch.messageSearchInFlight = next
        return [.searchMessages(next)]
    }

    /// Enter on the filter: ask the server for tickets matching the plain words that are not
    /// cached (or match only there, in their messages, say).
    mutating func searchServer() -> [Effect] {
        guard let text = TicketFilter(filter).plainText else { return [] }
        let query = TicketQuery(start: 0, limit: max(1, pageSize), text: text, viewID: activeView?.view.id)
        filterSearch.serverAwaiting = query
        filterSearch.shownBeforeServerSearch = visibleTicketIDs.count
        message = StatusMessage("searching server…")
        return [.fetchTickets(query)]
    }

    /// A page of the server search arrived (its tickets already merged): remember them as
    /// matches, and page on or report. `nil` when the page answers something else.
    mutating func serverSearchPageLoaded(_ page: TicketPage, for query: TicketQuery) -> [Effect]? {
        guard let awaiting = filterSearch.serverAwaiting, awaiting == query else { return nil }
        filterSearch.serverMatches.formUnion(page.tickets.map(\.id))
        recomputeVisibleTickets()
        let loaded = query.start + page.tickets.count
        if loaded < min(max(0, page.total), State.maximumServerSearchResults), !page.tickets.isEmpty {
            var next = query
            next.start = loaded
            filterSearch.serverAwaiting = next
            return [.fetchTickets(next)]
        }
        filterSearch.serverAwaiting = nil
        let more = max(0, visibleTicketIDs.count - filterSearch.shownBeforeServerSearch)
        message = StatusMessage(more == 1 ? "1 more from the server" : "\(more) more from the server")
        return []
    }

    /// A page of the server search failed: say so; the cached matches stay.
    mutating func serverSearchFailed(_ query: TicketQuery, _ error: BackendError) -> Bool {
        guard filterSearch.serverAwaiting == query else { return false }
        filterSearch.serverAwaiting = nil
        message = .error(error.userMessage)
        return true
    }
}
