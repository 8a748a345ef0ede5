import TickettyCore

/// Which draft: the reply or the internal note of one ticket (kept apart so a note never eats
/// a reply).
public struct DraftKey: Hashable, Sendable, Codable {
    public var ticketID: TicketID
    public var kind: OutgoingMessage.Kind

    public init(ticketID: TicketID, kind: OutgoingMessage.Kind) {
        self.ticketID = ticketID
        self.kind = kind
    }
}

extension Draft {
    /// The key this draft is kept under.
    public var key: DraftKey { DraftKey(ticketID: ticketID, kind: kind) }
}
