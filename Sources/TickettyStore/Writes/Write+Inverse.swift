import TickettyCore

extension Write {
    /// The writes that undo this one, given the tickets as they were just before it; tickets
    /// that had the same old value share one write. Empty for what cannot be undone.
    func inverse(restoring previous: [Ticket]) -> [Write] {
        switch self {
        case .setStatus:
            return Dictionary(grouping: previous, by: \.status)
                .sorted { $0.key.rawValue < $1.key.rawValue }
                .map { .setStatus($0.key, $0.value.map(\.id)) }
        case .setPriority:
            return Dictionary(grouping: previous, by: \.priority)
                .sorted { $0.key < $1.key }
                .map { .setPriority($0.key, $0.value.map(\.id)) }
        case .assign:
            // The old group first (assigning a group clears the agent), then the old agent.
            // A ticket that had neither cannot be unassigned through the API, so it stays.
            var groups: [AgentGroup: [TicketID]] = [:]
            var agents: [Agent: [TicketID]] = [:]
            for ticket in previous {
                if let group = ticket.assignedGroup { groups[group, default: []].append(ticket.id) }
                if let agent = ticket.assignedAgent { agents[agent, default: []].append(ticket.id) }
            }
            return groups.sorted { $0.key.id < $1.key.id }.map { .assign(.group($0.key), $0.value) }
                + agents.sorted { $0.key.id < $1.key.id }.map { .assign(.agent($0.key), $0.value) }
        case .post:
            return []
        }
    }
}
