import TickettyCore

/// The names of groups and agents, learnt as answers arrive.
///
/// Omnidesk's ticket index gives only `assigned_group_id` and `assigned_user_id`. Names come
/// from each ticket detail's `assign_options_groups` / `assign_options_users` and from
/// `GET /user`; until one is known the list shows "Group 10003" or "Agent 254".
actor NameDirectory {
    /// A copy of what is known, for mapping a whole page without hopping back to the actor.
    struct Snapshot: Sendable {
        let groups: [Int: String]
        let agents: [Int: String]

        /// The group for an id; nil for 0 (unassigned) or no id.
        func group(_ id: Int?) -> AgentGroup? {
            guard let id, id > 0 else { return nil }
            return AgentGroup(id: id, name: groups[id] ?? "Group \(id)")
        }

        /// The agent for an id; nil for 0 (unassigned) or no id.
        func agent(_ id: Int?) -> Agent? {
            guard let id, id > 0 else { return nil }
            return Agent(id: id, name: agents[id] ?? "Agent \(id)")
        }
    }

    private var groups: [Int: String] = [:]
    private var agents: [Int: String] = [:]
    /// Whether `GET /user` was tried, so an index with unknown agents asks for it only once.
    private(set) var askedForAgents = false
    /// Whether a ticket detail was fetched just for its group names (there is no group index).
    private(set) var askedForGroups = false

    func learnGroups(_ named: [AgentGroup]) {
        for group in named where !group.name.isEmpty { groups[group.id] = group.name }
    }

    func learnAgents(_ named: [Agent]) {
        for agent in named where !agent.name.isEmpty { agents[agent.id] = agent.name }
    }

    func markAskedForAgents() {
        askedForAgents = true
    }

    func knowsAgent(_ id: Int) -> Bool {
        agents[id] != nil
    }

    func markAskedForGroups() {
        askedForGroups = true
    }

    func knowsGroup(_ id: Int) -> Bool {
        groups[id] != nil
    }

    func snapshot() -> Snapshot {
        Snapshot(groups: groups, agents: agents)
    }
}
