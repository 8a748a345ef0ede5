import TickettyCore

/// The folded search keys of the tickets, kept between keystrokes so filtering 10 000 tickets
/// does not fold 10 000 titles again for every letter typed.
///
/// It is a cache, not state: every index equals every other, so it never shows up in state
/// comparisons (tests, redraw decisions). Each entry remembers the ticket it was made from and
/// is remade when the ticket changed, so it can never go stale.
struct SearchIndex: Hashable, Sendable {
    private var entries: [TicketID: (ticket: Ticket, key: [UInt8])] = [:]

    /// The search key of `ticket`, folded anew only if the ticket changed since last time.
    mutating func key(for ticket: Ticket) -> [UInt8] {
        if let entry = entries[ticket.id], entry.ticket == ticket { return entry.key }
        let key = TicketFilter.searchKey(for: ticket)
        entries[ticket.id] = (ticket, key)
        return key
    }

    static func == (lhs: SearchIndex, rhs: SearchIndex) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}
