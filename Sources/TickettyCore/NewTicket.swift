/// What is needed to open a ticket on the helpdesk.
public struct NewTicket: Hashable, Sendable, Codable {
    public enum Direction: String, Hashable, Sendable, Codable { case inbound, outbound }

    public var title: String
    /// The customer's address for inbound tickets; the brand's for outbound.
    public var from: String
    public var fromName: String
    public var to: String
    public var brandID: Int
    public var channelID: Int
    public var direction: Direction
    public var groupID: Int?

    public init(
        title: String, from: String, fromName: String = "", to: String, brandID: Int,
        channelID: Int = 1, direction: Direction = .inbound, groupID: Int? = nil
    ) {
        self.title = title
        self.from = from
        self.fromName = fromName
        self.to = to
        self.brandID = brandID
        self.channelID = channelID
        self.direction = direction
        self.groupID = groupID
    }
}
