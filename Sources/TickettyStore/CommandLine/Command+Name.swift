import TickettyCore

extension Command {
    /// Every command a key can be bound to in a keys file (assigning needs a picker).
    public static let bindable: [Command] =
        [
            .moveUp, .moveDown, .moveToFirst, .moveToLast, .pageUp, .pageDown, .openSelected, .cycleFocus,
            .back, .confirmSelection, .openStatusMenu, .openPriorityMenu, .openAssignPicker, .toggleMark, .undo,
            .startReply, .startNote, .sendCompose, .editComposeExternally, .cancelCompose, .startFilter,
            .refreshNow, .openViewPicker, .startCommandLine, .showHelp, .quit, .openTagPrompt, .editTitle, .startCreate,
            .deleteTickets, .unlinkCustomer,
        ]
        + TicketStatus.allCases.map(Command.setStatus)
        + TicketPriority.allCases.map(Command.setPriority)

    /// The command's name in keys files and on the `:` line: "move-down", "set-status:solved";
    /// `nil` for those that need a value typed or picked (`assign`, `openTicket`, `updateTags`,
    /// `setTitle`) and for Tab on the `:` line, which no other key needs.
    public var name: String? {
        switch self {
        case .moveUp: "move-up"
        case .moveDown: "move-down"
        case .moveToFirst: "move-to-first"
        case .moveToLast: "move-to-last"
        case .pageUp: "page-up"
        case .pageDown: "page-down"
        case .openSelected: "open-selected"
        case .cycleFocus: "cycle-focus"
        case .back: "back"
        case .confirmSelection: "confirm-selection"
        case .openStatusMenu: "status-menu"
        case .setStatus(let status): "set-status:" + status.rawValue
        case .openPriorityMenu: "priority-menu"
        case .setPriority(let priority): "set-priority:" + priority.rawValue
        case .openAssignPicker: "assign-picker"
        case .assign, .completeCommandLine, .openTicket, .updateTags, .setTitle, .applyView: nil
        case .toggleMark: "toggle-mark"
        case .undo: "undo"
        case .startReply: "reply"
        case .startNote: "note"
        case .sendCompose: "send"
        case .editComposeExternally: "edit-externally"
        case .cancelCompose: "close-compose"
        case .startFilter: "filter"
        case .refreshNow: "refresh"
        case .openViewPicker: "views"
        case .startCommandLine: "command-line"
        case .showHelp: "help"
        case .quit: "quit"
        case .openTagPrompt: "tags"
        case .editTitle: "edit-title"
        case .startCreate: "create"
        case .deleteTickets: "delete"
        case .unlinkCustomer: "unlink"
        }
    }

    /// The command with this name in keys files and on the `:` line.
    public init?(name: String) {
        guard let command = Self.bindable.first(where: { $0.name == name }) else { return nil }
        self = command
    }
}
