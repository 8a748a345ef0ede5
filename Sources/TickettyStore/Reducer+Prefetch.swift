import TickettyCore

extension State {
    /// How many tickets from the cursor down are prefetched: the one under it and the next two.
    static let prefetchDepth = 3

    /// The cursor moved in the list: ask for the details of the tickets the agent is likely to
    /// open next, the one under the cursor and those just below it. Each ask replaces the last,
    /// so the tickets the cursor left are dropped; the runner waits for the cursor to rest
    /// before it starts them.
    func prefetchBelowCursor() -> [Effect] {
        guard let index = selectedIndex else { return [] }
        let ids = visibleTicketIDs[index..<min(index + State.prefetchDepth, visibleTicketIDs.count)]
            .filter { $0 != openTicketID }
        return [.prefetchTickets(ids)]
    }
}
