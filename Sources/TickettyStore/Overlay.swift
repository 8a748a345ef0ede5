import TickettyCore

/// A small window drawn over the panes that takes the keyboard until it closes.
public enum Overlay: Hashable, Sendable {
    /// The `s` menu: one key per status.
    case statusMenu
    /// The `p` menu: one key per priority.
    case priorityMenu
    /// The `a` picker: groups and agents, narrowed by typing.
    case assignPicker(Picker)
    /// The `v` picker: "All tickets" and the saved views, narrowed by typing.
    case viewPicker(Picker)
    /// The `?` overlay: every binding with its description, narrowed by typing.
    case help(Picker)
    /// The `:` command line over the status line; Enter runs it, Esc drops it.
    case commandLine(CommandLineInput)
    /// Asks before quitting (for example while writes are still pending).
    case confirmQuit
    /// The one-line prompt for a new title (`e`) or the tags (`t`).
    case textPrompt(TextPrompt)
    /// Asks before a write that cannot be undone (`D` delete, unlinking the customer); `y` sends it.
    case confirmWrite(Write)
    /// The `c` form for a new ticket.
    case createForm(NewTicketForm)
}

/// The state of a filterable list: what was typed and which row is selected.
public struct Picker: Hashable, Sendable {
    public var filter: String
    public var selectedIndex: Int

    public init(filter: String = "", selectedIndex: Int = 0) {
        self.filter = filter
        self.selectedIndex = selectedIndex
    }
}
