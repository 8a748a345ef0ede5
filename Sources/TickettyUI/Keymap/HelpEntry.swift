import TickettyStore

/// One line of the help overlay: the keys, what they do, and the section.
public struct HelpEntry: Hashable, Sendable {
    /// The keys, joined with "/": "j/↓".
    public var keys: String
    public var description: String
    public var group: CommandGroup
    /// The command the keys run (Enter in the help overlay runs it).
    public var command: Command

    public init(keys: String, description: String, group: CommandGroup, command: Command) {
        self.keys = keys
        self.description = description
        self.group = group
        self.command = command
    }
}
