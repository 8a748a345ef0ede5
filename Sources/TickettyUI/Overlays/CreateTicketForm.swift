import TickettyStore

/// The `c` form: one row per field, the focused one highlighted with its cursor; choices show
/// as `‹ inbound ›`. The last row says what is missing, or which keys apply.
struct CreateTicketForm {
    func render(_ form: NewTicketForm, on screen: Rect, into buffer: inout CellBuffer, theme: Theme) {
        let fields = NewTicketForm.Field.allCases
        let labelWidth = (fields.map(\.label.count).max() ?? 0) + 2
        let inner = OverlayBox(title: "New ticket", contentWidth: min(72, max(30, screen.width - 4)),
                               contentHeight: fields.count + 2)
            .draw(on: screen, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        for (row, field) in fields.enumerated() where row < inner.height {
            let y = inner.y + row
            let isFocused = field == form.focused
            let style = theme[isFocused ? .menuSelected : .menu]
            if isFocused { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style) }
            var x = inner.x + 1
            let label = field.label.padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            x += buffer.writeTruncating(label, at: Position(column: x, row: y), style: isFocused ? style : theme[.menuKey], maxWidth: inner.maxX - x)
            let room = max(0, inner.maxX - x - 1)
            let value: String
            if let text = form.text(of: field) {
                value = isFocused ? text.shown(within: room) : text.text
            } else {
                value = "‹ " + (form.choice(of: field) ?? "") + " ›"
            }
            buffer.writeTruncating(value, at: Position(column: x, row: y), style: style, maxWidth: room)
        }
        let footerRow = inner.y + fields.count + 1
        guard footerRow < inner.maxY else { return }
        let footer = form.problem ?? "Tab next field  ←/→ change a choice  Enter creates  Esc cancels"
        buffer.writeTruncating(footer, at: Position(column: inner.x + 1, row: footerRow),
                               style: theme[form.problem == nil ? .menuGroup : .statusError], maxWidth: inner.width - 1)
    }
}
