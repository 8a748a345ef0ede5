import TickettyCore

/// The folded search key of each ticket, remade only when the ticket changed, so rebuilding
/// the ``SearchCorpus`` after a page of 500 tickets arrives does not fold 100 000 titles again.
struct SearchKeyCache: Sendable {
    private var entries: [TicketID: (ticket: Ticket, key: [UInt8])] = [:]

    /// The search key of `ticket`, folded anew only if the ticket changed since last time.
    mutating func key(for ticket: Ticket) -> [UInt8] {
        if let entry = entries[ticket.id], entry.ticket == ticket { return entry.key }
        let key = TicketFilter.searchKey(for: ticket)
        entries[ticket.id] = (ticket, key)
        return key
    }
}
