/// Which page of which tickets to list.
public struct TicketQuery: Hashable, Sendable, Codable {
    /// The index of the first ticket wanted, from 0.
    public var start: Int
    /// How many tickets at most.
    public var limit: Int
    /// Free text the server matches, if any.
    public var text: String?
    /// Only tickets with this status, if set.
    public var status: TicketStatus?
    /// A saved view of the server's to apply, if set.
    public var viewID: Int?

    public init(start: Int = 0, limit: Int = 100, text: String? = nil, status: TicketStatus? = nil, viewID: Int? = nil) {
        self.start = start
        self.limit = limit
        self.text = text
        self.status = status
        self.viewID = viewID
    }
}

/// One page of a ticket listing.
public struct TicketPage: Hashable, Sendable, Codable {
    public var tickets: [Ticket]
    /// The index of the first ticket of this page in the whole listing.
    public var start: Int
    /// How many tickets the whole listing has.
    public var total: Int

    public init(tickets: [Ticket], start: Int, total: Int) {
        self.tickets = tickets
        self.start = start
        self.total = total
    }
}
