import TickettyStore

/// The `?` overlay: every binding of the focused pane with what it does, narrowed by typing;
/// Enter runs the highlighted one.
struct HelpOverlay {
    let keymap: Keymap

    func render(_ state: State, picker: Picker, on screen: Rect, into buffer: inout CellBuffer, theme: Theme) {
        let entries = keymap.helpEntries(for: state.focus, matching: picker.filter)
        let keyWidth = min(16, (entries.map { $0.keys.count }.max() ?? 4) + 2)
        let rows = entries.map { entry in
            PickerList.Row(
                left: [StyledSpan(entry.keys.padding(toLength: keyWidth, withPad: " ", startingAt: 0), .menuKey),
                       StyledSpan(entry.description, .menu)],
                right: entry.group.title)
        }
        let inner = OverlayBox(title: "Keys: \(state.focus.rawValue)  (type to filter, Enter runs)",
                               contentWidth: min(64, max(30, screen.width - 6)),
                               contentHeight: min(rows.count + 1, max(1, screen.height - 2)))
            .draw(on: screen, into: &buffer, theme: theme)
        PickerList(picker: picker, rows: rows, emptyText: "No key matches").draw(in: inner, into: &buffer, theme: theme)
    }
}
