import TickettyCore
import TickettyStore

/// Turns a key press into an action, according to what has the keyboard.
///
/// An open overlay comes first (menu letters, picker typing, the `:` line), then the filter being typed, then
/// the compose pane (where almost every key is text), and otherwise the keymap of the focused
/// pane. The reducer only ever sees commands and edits, never raw keys.
///
/// ```swift
/// let router = KeyRouter(keymap: .defaults)
/// router.action(for: .character("j"), in: state) // .command(.moveDown)
/// ```
public struct KeyRouter: Sendable {
    /// The bindings of the panes.
    public let keymap: Keymap

    /// A router over `keymap`.
    public init(keymap: Keymap = .defaults) {
        self.keymap = keymap
    }

    /// The action for a key, or `nil` when the key means nothing here.
    public func action(for key: Key, in state: State) -> Action? {
        actions(for: key, in: state).first
    }

    /// Every action a key causes, in order. Only Enter in the help overlay causes two: close
    /// the overlay, then run the highlighted command.
    public func actions(for key: Key, in state: State) -> [Action] {
        if let overlay = state.overlay { return overlayActions(for: key, overlay: overlay, state: state) }
        if state.isEditingFilter { return filterAction(for: key).map { [$0] } ?? [] }
        if state.focus == .compose, state.compose != nil {
            if let command = keymap.command(for: key, in: .compose) { return [.command(command)] }
            return Self.textEdit(for: key, multiline: true).map { [.edit($0)] } ?? []
        }
        return keymap.command(for: key, in: state.focus).map { [.command($0)] } ?? []
    }

    private func overlayActions(for key: Key, overlay: Overlay, state: State) -> [Action] {
        if key == .escape { return [.command(.back)] }
        switch overlay {
        case .statusMenu:
            guard case .character(let c) = key,
                let status = TicketStatus.allCases.first(where: { $0.menuKey == c })
            else { return key == .character("q") ? [.command(.back)] : [] }
            return [.command(.setStatus(status))]
        case .priorityMenu:
            guard case .character(let c) = key,
                let priority = TicketPriority.allCases.first(where: { $0.menuKey == c })
            else { return key == .character("q") ? [.command(.back)] : [] }
            return [.command(.setPriority(priority))]
        case .confirmQuit:
            switch key {
            case .character("y"), .character("Y"), .character("q"), .enter: return [.command(.confirmSelection)]
            case .character("n"), .character("N"): return [.command(.back)]
            default: return []
            }
        case .commandLine:
            switch key {
            case .enter: return [.command(.confirmSelection)]
            case .tab: return [.command(.completeCommandLine)]
            default: return Self.textEdit(for: key, multiline: false).map { [.edit($0)] } ?? []
            }
        case .textPrompt:
            if key == .enter { return [.command(.confirmSelection)] }
            return Self.textEdit(for: key, multiline: false).map { [.edit($0)] } ?? []
        case .confirmWrite:
            // Only a deliberate `y` deletes; Enter is too easy to hit by habit.
            switch key {
            case .character("y"), .character("Y"): return [.command(.confirmSelection)]
            case .character("n"), .character("N"), .character("q"): return [.command(.back)]
            default: return []
            }
        case .createForm:
            switch key {
            case .enter, .control("s"): return [.command(.confirmSelection)]
            case .tab, .down: return [.command(.moveDown)]
            case .backTab, .up: return [.command(.moveUp)]
            default: return Self.textEdit(for: key, multiline: false).map { [.edit($0)] } ?? []
            }
        case .assignPicker, .viewPicker:
            if key == .enter { return [.command(.confirmSelection)] }
            return pickerAction(for: key).map { [$0] } ?? []
        case .help(let picker):
            if key == .enter {
                let entries = keymap.helpEntries(for: state.focus, matching: picker.filter)
                guard !entries.isEmpty else { return [.command(.confirmSelection)] }
                let index = min(max(0, picker.selectedIndex), entries.count - 1)
                return [.command(.confirmSelection), .command(entries[index].command)]
            }
            return pickerAction(for: key).map { [$0] } ?? []
        }
    }

    /// Keys in a filterable list: arrows move, everything printable narrows it.
    private func pickerAction(for key: Key) -> Action? {
        switch key {
        case .up, .control("p"), .backTab: .command(.moveUp)
        case .down, .control("n"), .tab: .command(.moveDown)
        case .pageUp: .command(.pageUp)
        case .pageDown: .command(.pageDown)
        case .home: .command(.moveToFirst)
        case .end: .command(.moveToLast)
        default: Self.textEdit(for: key, multiline: false).map(Action.edit)
        }
    }

    /// Keys while typing the `/` filter: Enter keeps it, Esc drops it.
    private func filterAction(for key: Key) -> Action? {
        switch key {
        case .enter: .command(.confirmSelection)
        case .escape: .command(.back)
        case .up: .command(.moveUp)
        case .down: .command(.moveDown)
        default: Self.textEdit(for: key, multiline: false).map(Action.edit)
        }
    }

    /// The text edit a key stands for, if it is an editing key.
    static func textEdit(for key: Key, multiline: Bool) -> TextEdit? {
        switch key {
        case .character(let c): .insert(String(c))
        case .enter: multiline ? .newline : nil
        case .backspace, .control("h"): .deleteBackward
        case .delete, .control("d"): .deleteForward
        case .left, .control("b"): .moveLeft
        case .right, .control("f"): .moveRight
        case .up: multiline ? .moveUp : nil
        case .down: multiline ? .moveDown : nil
        case .home, .control("a"): .moveToLineStart
        case .end: .moveToLineEnd
        default: nil
        }
    }
}
