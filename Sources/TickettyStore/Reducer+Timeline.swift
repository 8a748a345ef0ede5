import TickettyCore

extension State {
    /// Enter on the list: shows the selected ticket's timeline and loads it.
    mutating func openSelected() -> [Effect] {
        guard let id = selectedTicketID else { return [] }
        if openTicketID != id {
            // Never show one ticket's timeline under another's header while the new one loads.
            openTicket = nil
            timelineScroll = 0
            timelineLineCount = nil
        }
        openTicketID = id
        focus = .timeline
        // The cached timeline shows at once (and offline); the server's replaces it.
        if hasLocalCache, openTicket == nil { return [.loadCachedTicket(id), .fetchTicket(id)] }
        return [.fetchTicket(id)]
    }

    /// Scrolls the timeline; the bottom is clamped once the UI reported the laid-out length.
    mutating func scrollTimeline(_ command: Command) {
        let page = max(1, timelineRows - 1)
        switch command {
        case .moveUp: timelineScroll -= 1
        case .moveDown: timelineScroll += 1
        case .pageUp: timelineScroll -= page
        case .pageDown: timelineScroll += page
        case .moveToFirst: timelineScroll = 0
        // Without a laid-out length, a large value the UI clamps when it draws.
        case .moveToLast: timelineScroll = Int(Int32.max)
        default: return
        }
        clampTimelineScroll()
    }

    /// Keeps the timeline scroll within 0 and the last screenful, when its length is known.
    mutating func clampTimelineScroll() {
        if let lines = timelineLineCount {
            timelineScroll = min(timelineScroll, max(0, lines - timelineRows))
        }
        timelineScroll = max(0, timelineScroll)
    }

    /// Tab: list → timeline (when a ticket is open) → compose (when open) → list.
    mutating func cycleFocus() {
        let order: [Pane] = [.list, .timeline, .compose].filter { pane in
            switch pane {
            case .list: true
            case .timeline: openTicketID != nil
            case .compose: compose != nil
            }
        }
        let index = order.firstIndex(of: focus) ?? 0
        focus = order[(index + 1) % order.count]
    }

    /// Stores a freshly loaded ticket: its list row now, its timeline if it is the open one.
    mutating func ticketLoaded(_ detail: TicketDetail) -> [Effect] {
        let id = detail.ticket.id
        merge(detail.ticket)
        for group in detail.assignableGroups where !groups.contains(where: { $0.id == group.id }) {
            groups.append(group)
        }
        if id == openTicketID {
            var shown = detail
            shown.ticket = tickets[id] ?? detail.ticket
            openTicket = shown
        }
        recomputeVisibleTickets()
        return []
    }
}
