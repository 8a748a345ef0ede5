import TickettyCore

/// The account's local database as the effect runner uses it: the outbox, the drafts, and
/// the cached timelines that open a ticket instantly (and offline).
public protocol LocalCache: WriteJournal, DraftArchive {
    /// The ticket's timeline as last read from the server, if cached.
    func loadDetail(_ id: TicketID) throws -> TicketDetail?
    /// Forgets tickets the server no longer has.
    func removeTickets(_ ids: [TicketID]) throws
}
