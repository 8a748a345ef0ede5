import TickettyStore

/// Keys that run one command, as listed in a keymap table.
public struct KeyBinding: Hashable, Sendable {
    /// The keys, in the order help shows them (the first is the main one).
    public var keys: [Key]
    public var command: Command

    /// Binds `keys` to `command`.
    public init(_ keys: [Key], _ command: Command) {
        self.keys = keys
        self.command = command
    }
}
