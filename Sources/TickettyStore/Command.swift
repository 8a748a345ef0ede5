import TickettyCore

/// Something the agent asks for, by key, by menu or by `:` command.
///
/// Key bindings map keys to commands (a table in TickettyUI); the reducer receives
/// `Action.command(_:)`, never raw keys. Every command has a help line and a group, so the help
/// overlay and the command line are generated from this one list.
public enum Command: Hashable, Sendable {
    // Moving
    case moveUp, moveDown, moveToFirst, moveToLast, pageUp, pageDown
    case openSelected
    /// `:open 858462`: selects that ticket and opens it, fetching it when the list lacks it.
    case openTicket(TicketID)
    case cycleFocus
    case back
    /// Enter: pick the selected row of the open picker, keep the filter being typed, or confirm
    /// the question asked (quit while writes are pending).
    case confirmSelection

    // Ticket actions (apply to the marked tickets, or to the selected one when none are marked)
    case openStatusMenu
    case setStatus(TicketStatus)
    case openPriorityMenu
    case setPriority(TicketPriority)
    case openAssignPicker
    case assign(Assignee)
    case toggleMark
    /// `u`: takes back the last action within the undo window, or a reply still held.
    case undo
    /// `t`: a prompt holding the tags the targets share, to edit as a list or with `+tag -tag`.
    case openTagPrompt
    /// `:tag vip`, `:untag vip`, or Enter in the tags prompt.
    case updateTags(adding: [String], removing: [String])
    /// `e`: a prompt holding the selected ticket's title.
    case editTitle
    /// `:title New words`, or Enter in the title prompt.
    case setTitle(String)
    /// `c`: the form for a new ticket.
    case startCreate
    /// `D`: asks, then deletes the targets with one request.
    case deleteTickets
    /// Asks, then detaches the customer from the selected ticket.
    case unlinkCustomer

    // Writing
    case startReply
    case startNote
    case sendCompose
    case editComposeExternally
    case cancelCompose

    // The list
    case startFilter
    case refreshNow
    /// `v`: opens the picker of saved views ("All tickets" first).
    case openViewPicker
    /// `:view NAME`: shows the saved view whose name starts with (else contains) NAME; "all"
    /// shows every ticket again.
    case applyView(named: String)

    // The `:` command line
    /// `:`: opens the command line at the bottom of the screen.
    case startCommandLine
    /// Tab on the command line: completes the word being typed, or lists the candidates.
    case completeCommandLine

    // The program
    case showHelp
    case quit
}
