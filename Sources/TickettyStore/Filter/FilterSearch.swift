import TickettyCore

/// What was found for the filter's plain words beyond the cached list: tickets whose cached
/// messages match (the local message cache), and tickets the server's search found (Enter).
///
/// Both join the visible list when the rest of the filter (its field words and negations)
/// lets them through, and only while the plain words they were found for are still typed.
public struct FilterSearch: Hashable, Sendable {
    /// The plain words the matches below belong to.
    public var text: String?
    /// Tickets whose cached messages match `text`.
    public var messageMatches: Set<TicketID> = []
    /// Tickets the server found for `text`.
    public var serverMatches: Set<TicketID> = []
    /// The message search under way; its answer is awaited before the next one is asked, so
    /// fast typing asks once per answer rather than once per key.
    public var messageSearchInFlight: String?
    /// The plain words to search the messages for once the search under way answers.
    public var messageSearchQueued: String?
    /// The page of the server search awaited, while one runs.
    public var serverAwaiting: TicketQuery?
    /// How many tickets the list showed when the server search started.
    public var shownBeforeServerSearch: Int = 0

    public init() {}

    /// Every ticket found beyond the cache for the current plain words.
    var joined: Set<TicketID> { messageMatches.union(serverMatches) }
}
