import TickettyStore

extension Command {
    /// One line saying what the command does, for the help overlay.
    public var help: String {
        switch self {
        case .moveUp: "Up one row"
        case .moveDown: "Down one row"
        case .moveToFirst: "First row"
        case .moveToLast: "Last row"
        case .pageUp: "Page up"
        case .pageDown: "Page down"
        case .openSelected: "Open the selected ticket"
        case .openTicket(let id): "Open ticket \(id)"
        case .cycleFocus: "Next pane"
        case .back: "Back / close"
        case .confirmSelection: "Confirm"
        case .openStatusMenu: "Set status…"
        case .setStatus(let status): "Set status to \(status.label)"
        case .openPriorityMenu: "Set priority…"
        case .setPriority(let priority): "Set priority to \(priority.label)"
        case .openAssignPicker: "Assign to a group or agent…"
        case .assign(let assignee): "Assign to \(assignee.name)"
        case .toggleMark: "Mark / unmark the ticket"
        case .undo: "Undo the last change, or take back a reply before it goes"
        case .openTagPrompt: "Edit tags (+tag adds, -tag removes)…"
        case .updateTags(let adding, let removing):
            "Tags " + (adding.map { "+" + $0 } + removing.map { "-" + $0 }).joined(separator: " ")
        case .editTitle: "Edit the title…"
        case .setTitle(let title): "Set the title to \(title)"
        case .startCreate: "New ticket…"
        case .deleteTickets: "Delete the ticket(s)…"
        case .unlinkCustomer: "Unlink the customer…"
        case .startReply: "Reply to the customer"
        case .startNote: "Write an internal note"
        case .sendCompose: "Send the reply or note"
        case .editComposeExternally: "Edit in $EDITOR"
        case .cancelCompose: "Close compose (draft kept)"
        case .startFilter: "Filter the list (words, status:open is:mine -word …)"
        case .refreshNow: "Refresh now"
        case .openViewPicker: "Show a saved view…"
        case .applyView(let name): "Show the view \(name)"
        case .startCommandLine: "Type a command (Tab completes)"
        case .completeCommandLine: "Complete the command"
        case .showHelp: "Help"
        case .quit: "Quit"
        }
    }

    /// The help section the command belongs to.
    public var group: CommandGroup {
        switch self {
        case .moveUp, .moveDown, .moveToFirst, .moveToLast, .pageUp, .pageDown, .openSelected, .openTicket,
            .cycleFocus, .back, .confirmSelection:
            .moving
        case .openStatusMenu, .setStatus, .openPriorityMenu, .setPriority, .openAssignPicker,
            .assign, .toggleMark, .undo, .openTagPrompt, .updateTags, .editTitle, .setTitle, .startCreate,
            .deleteTickets, .unlinkCustomer:
            .ticket
        case .startReply, .startNote, .sendCompose, .editComposeExternally, .cancelCompose:
            .writing
        case .startFilter, .refreshNow, .openViewPicker, .applyView:
            .list
        case .startCommandLine, .completeCommandLine, .showHelp, .quit:
            .program
        }
    }
}
