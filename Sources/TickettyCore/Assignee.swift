/// A group of agents on the helpdesk (a team such as "Finance").
public struct AgentGroup: Identifiable, Hashable, Sendable, Codable {
    public let id: Int
    public var name: String

    public init(id: Int, name: String) {
        self.id = id
        self.name = name
    }
}

/// One agent (a user of the helpdesk who answers tickets).
public struct Agent: Identifiable, Hashable, Sendable, Codable {
    public let id: Int
    public var name: String

    public init(id: Int, name: String) {
        self.id = id
        self.name = name
    }
}

/// Who a ticket is assigned to: a whole group, or one agent.
public enum Assignee: Hashable, Sendable, Codable {
    case group(AgentGroup)
    case agent(Agent)

    /// The display name of the group or agent.
    public var name: String {
        switch self {
        case .group(let group): group.name
        case .agent(let agent): agent.name
        }
    }
}
