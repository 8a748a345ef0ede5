import TickettyCore

extension State {
    /// What the assign picker offers now: groups, then agents, narrowed by its filter (ignoring
    /// case and accents). The UI draws exactly this list, so Enter picks what is highlighted.
    ///
    /// When the assignment goes to the open ticket alone, that ticket's own assignable lists
    /// are used (once loaded); otherwise every group and agent the account has shown so far.
    public var assignChoices: [Assignee] {
        let detail = openTicket.flatMap { commandTargets == [$0.ticket.id] ? $0 : nil }
        let groups = detail.map(\.assignableGroups).flatMap { $0.isEmpty ? nil : $0 } ?? self.groups
        let agents = detail.map(\.assignableAgents).flatMap { $0.isEmpty ? nil : $0 } ?? self.agents
        let all = groups.map(Assignee.group) + agents.map(Assignee.agent)
        guard case .assignPicker(let picker) = overlay else { return all }
        let words = picker.filter.split(whereSeparator: \.isWhitespace).map { TextFolding.fold(String($0)) }
        guard !words.isEmpty else { return all }
        return all.filter { choice in
            let name = TextFolding.fold(choice.name)
            return words.allSatisfy(name.contains)
        }
    }

    /// `s`, `p`, `a`, `?`: opens the menu or picker.
    mutating func openOverlay(for command: Command) -> [Effect] {
        switch command {
        case .showHelp:
            overlay = .help(Picker())
            return []
        case .openStatusMenu, .openPriorityMenu, .openAssignPicker:
            guard !commandTargets.isEmpty else {
                message = StatusMessage("No ticket selected")
                return []
            }
            switch command {
            case .openStatusMenu: overlay = .statusMenu
            case .openPriorityMenu: overlay = .priorityMenu
            default:
                overlay = .assignPicker(Picker())
                // Groups have no index of their own; they arrive with a ticket's detail. Before
                // any detail has loaded, fetch the target's so the open picker fills itself.
                if assignChoices.allSatisfy({ if case .group = $0 { false } else { true } }),
                    let first = commandTargets.first
                {
                    return [.fetchTicket(first)]
                }
            }
            return []
        default:
            return []
        }
    }

    /// Commands while an overlay has the keyboard. Returns `nil` for the few that act as usual
    /// (quitting, refreshing); every other command is swallowed so nothing changes behind it.
    mutating func handleInOverlay(_ command: Command) -> [Effect]? {
        guard let open = overlay else { return nil }
        switch (open, command) {
        case (_, .back), (_, .cancelCompose):
            overlay = nil
            return []
        case (.commandLine(let input), _):
            return handleInCommandLine(command, input: input) ?? []
        case (.textPrompt(let prompt), _):
            return handleInTextPrompt(command, prompt: prompt)
        case (.createForm(let form), _):
            return handleInCreateForm(command, form: form)
        case (.confirmWrite(let write), .confirmSelection):
            return confirmWrite(write)
        case (.confirmQuit, .confirmSelection), (.confirmQuit, .quit):
            return [.quit]
        case (_, .quit), (_, .refreshNow):
            return nil
        case (.statusMenu, .setStatus), (.priorityMenu, .setPriority), (.assignPicker, .assign):
            overlay = nil
            return nil
        case (.statusMenu, .openStatusMenu), (.priorityMenu, .openPriorityMenu),
            (.assignPicker, .openAssignPicker), (.help, .showHelp), (.viewPicker, .openViewPicker):
            overlay = nil
            return []
        case (.assignPicker(var picker), _):
            if command == .confirmSelection || command == .openSelected {
                let choices = assignChoices
                guard choices.indices.contains(picker.selectedIndex) else { return [] }
                overlay = nil
                return handle(.assign(choices[picker.selectedIndex]))
            }
            picker.move(command, count: assignChoices.count)
            overlay = .assignPicker(picker)
            return []
        case (.viewPicker(let picker), _):
            return handleInViewPicker(command, picker: picker)
        case (.help(var picker), _):
            if command == .confirmSelection {
                overlay = nil
                return []
            }
            // The help items live in the UI's keymap; it clamps the bottom.
            picker.move(command, count: nil)
            overlay = .help(picker)
            return []
        default:
            return []
        }
    }

    /// Typing while an overlay is open: it narrows a picker, or answers the quit question.
    mutating func editInOverlay(_ edit: TextEdit) -> [Effect] {
        switch overlay {
        case .assignPicker(var picker):
            picker.edit(edit)
            overlay = .assignPicker(picker)
        case .help(var picker):
            picker.edit(edit)
            overlay = .help(picker)
        case .viewPicker(var picker):
            picker.edit(edit)
            overlay = .viewPicker(picker)
        case .commandLine(let input):
            editCommandLine(edit, input: input)
        case .textPrompt(let prompt):
            editTextPrompt(edit, prompt: prompt)
        case .createForm(var form):
            form.apply(edit)
            overlay = .createForm(form)
        case .confirmWrite(let write):
            switch edit {
            case .insert("y"), .insert("Y"): return confirmWrite(write)
            case .insert("n"), .insert("N"): overlay = nil
            default: break
            }
        case .confirmQuit:
            switch edit {
            case .insert("y"), .insert("Y"): return [.quit]
            case .insert("n"), .insert("N"): overlay = nil
            default: break
            }
        case .statusMenu, .priorityMenu, nil:
            break
        }
        return []
    }

    /// `q`: leaves at once, or asks first while writes are still on their way.
    mutating func quit() -> [Effect] {
        if pendingWrites.isEmpty { return [.quit] }
        overlay = .confirmQuit
        return []
    }
}
