/// A ticket with its whole timeline and the choices it can be assigned to.
public struct TicketDetail: Hashable, Sendable, Codable {
    public var ticket: Ticket
    /// The timeline in time order, oldest first.
    public var timeline: [TimelineEntry]
    /// The groups this ticket may be assigned to.
    public var assignableGroups: [AgentGroup]
    /// The agents this ticket may be assigned to.
    public var assignableAgents: [Agent]

    public init(
        ticket: Ticket, timeline: [TimelineEntry], assignableGroups: [AgentGroup] = [],
        assignableAgents: [Agent] = []
    ) {
        self.ticket = ticket
        self.timeline = timeline
        self.assignableGroups = assignableGroups
        self.assignableAgents = assignableAgents
    }
}
