/// A reply to the customer or an internal note, as the agent wrote it.
public struct OutgoingMessage: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Sent to the customer on the ticket's channel.
        case reply
        /// Visible to agents only.
        case note
    }

    public var kind: Kind
    /// The text as typed: plain UTF-8, newlines separating lines.
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}
