import TickettyCore

/// A reply or note being written in the compose pane.
///
/// The draft belongs to its ticket: leaving the compose pane with Esc keeps it, and opening
/// compose on the same ticket again brings it back.
public struct Draft: Hashable, Sendable, Codable {
    public var ticketID: TicketID
    public var kind: OutgoingMessage.Kind
    /// The text typed so far.
    public var text: String
    /// The insertion point, as an offset in grapheme clusters from the start of `text`.
    public var cursor: Int

    public init(ticketID: TicketID, kind: OutgoingMessage.Kind, text: String = "", cursor: Int = 0) {
        self.ticketID = ticketID
        self.kind = kind
        self.text = text
        self.cursor = cursor
    }
}
