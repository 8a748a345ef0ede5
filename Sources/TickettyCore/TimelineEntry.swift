import Foundation

/// One item on a ticket's timeline: a message, an internal note or an event.
public struct TimelineEntry: Identifiable, Hashable, Sendable, Codable {
    /// What kind of entry this is; the timeline draws each kind differently.
    public enum Kind: Hashable, Sendable, Codable {
        /// A message from the customer.
        case customerMessage
        /// A message from an agent to the customer.
        case agentMessage
        /// An internal note, visible to agents only.
        case note
        /// Something that happened to the ticket (assignment, status change, trigger).
        case event
    }

    /// The entry's body as the backend delivered it.
    public enum Body: Hashable, Sendable, Codable {
        /// HTML that still has to be rendered to text; it is untrusted.
        case html(String)
        /// Plain text, already sanitised.
        case text(String)
    }

    /// The backend's id for the entry (Omnidesk mixes numbers and strings, so it is kept as text).
    public let id: String
    public var kind: Kind
    /// Who wrote it or caused it: a customer's or agent's name, or a trigger.
    public var author: String
    /// The sender's address for messages, if known.
    public var fromAddress: String?
    /// The recipient's address for messages, if known.
    public var toAddress: String?
    public var createdAt: Date
    public var body: Body

    public init(
        id: String, kind: Kind, author: String, fromAddress: String? = nil,
        toAddress: String? = nil, createdAt: Date, body: Body
    ) {
        self.id = id
        self.kind = kind
        self.author = author
        self.fromAddress = fromAddress
        self.toAddress = toAddress
        self.createdAt = createdAt
        self.body = body
    }
}
