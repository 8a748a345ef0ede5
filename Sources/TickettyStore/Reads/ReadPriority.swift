/// How much a read matters to the agent right now; the ``ReadQueue`` starts the highest first.
///
/// The order follows the agent's eyes: the ticket being read, then the list rows on screen,
/// then the tickets the cursor is likely to reach next, then everything else.
public enum ReadPriority: Int, Comparable, Hashable, Sendable, CaseIterable {
    /// The rest of a refresh: later list pages, the agents.
    case background = 0
    /// Tickets just below the list cursor, loaded before the agent opens them.
    case prefetch = 1
    /// The list page on screen.
    case visiblePage = 2
    /// The ticket open in the timeline.
    case openTicket = 3

    public static func < (lhs: ReadPriority, rhs: ReadPriority) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
