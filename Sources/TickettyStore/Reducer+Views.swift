import TickettyCore

extension State {
    /// What the views picker offers now: "All tickets" (`nil`), then the saved views, narrowed
    /// by its filter (ignoring case and accents). The UI draws exactly this list.
    public var viewChoices: [SavedView?] {
        let all: [SavedView?] = [nil] + (views ?? []).map { $0 }
        guard case .viewPicker(let picker) = overlay else { return all }
        let words = picker.filter.split(whereSeparator: \.isWhitespace).map { TextFolding.fold(String($0)) }
        guard !words.isEmpty else { return all }
        return all.filter { choice in
            let name = TextFolding.fold(choice?.name ?? State.allTicketsName)
            return words.allSatisfy(name.contains)
        }
    }

    /// What the list is called when no view is chosen.
    public static let allTicketsName = "All tickets"

    /// `v`: opens the views picker, loading the views the first time.
    mutating func openViewPicker() -> [Effect] {
        overlay = .viewPicker(Picker())
        return views == nil ? [.fetchViews] : []
    }

    /// The picker's keys: Enter picks the highlighted view, the rest move.
    mutating func handleInViewPicker(_ command: Command, picker: Picker) -> [Effect] {
        var picker = picker
        if command == .confirmSelection || command == .openSelected {
            let choices = viewChoices
            guard choices.indices.contains(picker.selectedIndex) else { return [] }
            overlay = nil
            return applyView(choices[picker.selectedIndex])
        }
        picker.move(command, count: viewChoices.count)
        overlay = .viewPicker(picker)
        return []
    }

    /// Shows the view's tickets (listed by the server) instead of every ticket; `nil` returns
    /// to all tickets.
    mutating func applyView(_ view: SavedView?) -> [Effect] {
        guard let view else {
            activeView = nil
            message = StatusMessage(State.allTicketsName)
            recomputeVisibleTickets()
            return []
        }
        let query = TicketQuery(start: 0, limit: max(1, pageSize), viewID: view.id)
        activeView = ViewListing(view: view, awaiting: query)
        message = StatusMessage("View: \(view.name)")
        recomputeVisibleTickets()
        return [.fetchTickets(query)]
    }

    /// `:view NAME`: the view whose name starts with (else contains) NAME, ignoring case and
    /// accents; "all" returns to all tickets.
    mutating func applyView(named name: String) -> [Effect] {
        let wanted = TextFolding.fold(name.trimmingCharacters(in: .whitespaces))
        if wanted.isEmpty || TextFolding.fold(State.allTicketsName).hasPrefix(wanted) { return applyView(nil) }
        guard let known = views else {
            // Asked before the views loaded: apply it when they arrive.
            viewAwaitingViews = name
            message = StatusMessage("Loading views…")
            return [.fetchViews]
        }
        let folded = known.map { TextFolding.fold($0.name) }
        guard let index = folded.firstIndex(where: { $0.hasPrefix(wanted) }) ?? folded.firstIndex(where: { $0.contains(wanted) })
        else {
            message = .error("No view named \"\(name)\"")
            return []
        }
        return applyView(known[index])
    }

    /// The views arrived; a `:view NAME` typed before they did is applied now.
    mutating func viewsLoaded(_ views: [SavedView]) -> [Effect] {
        self.views = views
        guard let name = viewAwaitingViews else { return [] }
        viewAwaitingViews = nil
        return applyView(named: name)
    }

    /// Refreshing lists the chosen view again, so tickets that joined or left it follow.
    mutating func refreshView() -> [Effect] {
        guard var listing = activeView else { return [] }
        let query = TicketQuery(start: 0, limit: max(1, pageSize), viewID: listing.view.id)
        listing.awaiting = query
        listing.found = []
        activeView = listing
        return [.fetchTickets(query)]
    }

    /// A page of the view's listing arrived (its tickets already merged): collect its ids and
    /// page on, or make what was found the view's tickets. `nil` when it answers something else.
    mutating func viewPageLoaded(_ page: TicketPage, for query: TicketQuery) -> [Effect]? {
        guard var listing = activeView, listing.awaiting == query else { return nil }
        listing.found.formUnion(page.tickets.map(\.id))
        let loaded = query.start + page.tickets.count
        if loaded < min(max(0, page.total), State.maximumListedTickets), !page.tickets.isEmpty {
            var next = query
            next.start = loaded
            listing.awaiting = next
            // The first page shows at once; later pages add to it.
            listing.ids.formUnion(page.tickets.map(\.id))
            activeView = listing
            recomputeVisibleTickets()
            return [.fetchTickets(next)]
        }
        listing.ids = listing.found
        listing.found = []
        listing.awaiting = nil
        activeView = listing
        recomputeVisibleTickets()
        return []
    }

    /// A page of the view's listing failed: say so; the tickets listed so far stay.
    mutating func viewPageFailed(_ query: TicketQuery, _ error: BackendError) -> Bool {
        guard var listing = activeView, listing.awaiting == query else { return false }
        listing.awaiting = nil
        listing.found = []
        activeView = listing
        message = .error(error.userMessage)
        return true
    }
}
