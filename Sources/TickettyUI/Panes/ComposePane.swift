import TickettyCore
import TickettyStore

/// The reply or note being written: a title, the text wrapped to the pane, and a hint line.
struct ComposePane {
    let keymap: Keymap

    /// "Ctrl-S send · Ctrl-E $EDITOR · Esc close (draft kept)", with the keys really bound.
    var hint: String {
        let parts: [(Command, String)] = [(.sendCompose, "send"), (.editComposeExternally, "$EDITOR"), (.cancelCompose, "close (draft kept)")]
        return parts.compactMap { command, text in keymap.keyLabel(for: command, in: .compose).map { $0 + " " + text } }
            .joined(separator: " · ")
    }

    /// Draws the draft; returns where the terminal cursor belongs when compose has the focus.
    func render(_ state: State, in rect: Rect, into buffer: inout CellBuffer, theme: Theme) -> Position? {
        guard let draft = state.compose else { return nil }
        let focused = state.focus == .compose
        let customer = state.tickets[draft.ticketID]?.customerName ?? ""
        let title: String =
            switch draft.kind {
            case .reply: customer.isEmpty ? "Reply" : "Reply to " + customer
            case .note: "Internal note"
            }
        let inner = PaneFrame(title: title, focused: focused, trailing: "#\(draft.ticketID)").draw(in: rect, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return nil }
        let textRect = inner.height > 1 ? inner.prefix(rows: inner.height - 1) : inner
        if inner.height > 1 {
            buffer.writeTruncating(hint, at: Position(column: inner.x + 1, row: inner.maxY - 1),
                                   style: theme[.composeHint], maxWidth: inner.width - 1)
        }
        let width = max(1, textRect.width - 2)
        let layout = ComposeLayout(text: draft.text, cursor: draft.cursor, width: width)
        let style = theme[draft.kind == .note ? .note : .composeText]
        // Keep the cursor's line on screen: scroll so it is the last visible one when needed.
        let first = max(0, layout.cursorLine - textRect.height + 1)
        for (row, line) in layout.lines.dropFirst(first).prefix(textRect.height).enumerated() {
            buffer.write(line, at: Position(column: textRect.x + 1, row: textRect.y + row), style: style, maxWidth: width)
        }
        if draft.text.isEmpty {
            let placeholder = draft.kind == .note ? "Only agents see notes." : "Write to the customer…"
            buffer.writeTruncating(placeholder, at: Position(column: textRect.x + 1, row: textRect.y), style: theme[.composeHint], maxWidth: width)
        }
        guard focused, state.overlay == nil, textRect.width > 0 else { return nil }
        let column = min(textRect.x + 1 + min(layout.cursorColumn, width), textRect.maxX - 1)
        return Position(column: column, row: textRect.y + layout.cursorLine - first)
    }
}
