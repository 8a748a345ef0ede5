import TickettyCore

/// A slice of what the local cache held at start, painted before the network answers.
///
/// The first slice carries the newest tickets (what the first screen shows) with the agents
/// and groups; later slices bring the rest of the queue in chunks, so the list is on screen
/// in milliseconds and stays usable while 100,000 tickets load behind it.
public struct CachedData: Hashable, Sendable {
    public var tickets: [Ticket]
    public var agents: [Agent]
    public var groups: [AgentGroup]
    /// Whether the cache holds a whole listing from an earlier run, so the first refresh can
    /// stop at the first unchanged page instead of paging through everything again.
    public var listComplete: Bool

    public init(tickets: [Ticket], agents: [Agent] = [], groups: [AgentGroup] = [], listComplete: Bool = false) {
        self.tickets = tickets
        self.agents = agents
        self.groups = groups
        self.listComplete = listComplete
    }
}
