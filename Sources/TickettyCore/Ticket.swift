import Foundation

/// A ticket as the list and the timeline header show it.
///
/// Backends fill this from their own wire format; every string in it has already passed the
/// sanitiser, so it is safe to draw.
public struct Ticket: Identifiable, Hashable, Sendable, Codable {
    public let id: TicketID
    public var title: String
    public var status: TicketStatus
    public var priority: TicketPriority
    /// The customer's display name, or their address when they have no name.
    public var customerName: String
    /// The customer's e-mail address or other channel reference.
    public var customerAddress: String
    /// The channel the ticket came in on, such as "e-mail" or "telephone".
    public var channel: String
    /// The numeric channel of the backend (Omnidesk: 1 = e-mail); replies use it.
    public var channelID: Int
    public var assignedGroup: AgentGroup?
    public var assignedAgent: Agent?
    public var tags: [String]
    public var createdAt: Date
    public var lastUpdate: Date
    /// When the next SLA target is breached, if a policy applies.
    public var slaNextBreach: Date?

    public init(
        id: TicketID, title: String, status: TicketStatus, priority: TicketPriority,
        customerName: String = "", customerAddress: String = "", channel: String = "e-mail",
        channelID: Int = 1, assignedGroup: AgentGroup? = nil, assignedAgent: Agent? = nil,
        tags: [String] = [], createdAt: Date, lastUpdate: Date, slaNextBreach: Date? = nil
    ) {
        self.id = id
        self.title = title
        self.status = status
        self.priority = priority
        self.customerName = customerName
        self.customerAddress = customerAddress
        self.channel = channel
        self.channelID = channelID
        self.assignedGroup = assignedGroup
        self.assignedAgent = assignedAgent
        self.tags = tags
        self.createdAt = createdAt
        self.lastUpdate = lastUpdate
        self.slaNextBreach = slaNextBreach
    }

    /// The agent if there is one, else the group: what the list's assignment column shows.
    public var assigneeName: String? { assignedAgent?.name ?? assignedGroup?.name }
}
