import TickettyStore

/// The `e` and `t` prompts, drawn over the status line: `Tags of 3: vip billing ▏`, with the
/// keys that apply dimmed at the right end while there is room.
struct TextPromptLine {
    func render(_ prompt: TextPrompt, state: State, in rect: Rect, into buffer: inout CellBuffer, theme: Theme) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: theme[.statusLine])
        let count = state.commandTargets.count
        let (label, hint) =
            switch prompt.purpose {
            case .title: ("Title: ", "Enter saves  Esc cancels")
            case .tags: (count > 1 ? "Tags of \(count): " : "Tags: ", "+add -remove  Enter applies  Esc cancels")
            }
        var column = rect.x
        column += buffer.writeTruncating(label, at: Position(column: column, row: rect.y), style: theme[.statusAccount], maxWidth: rect.width)
        // The hint only takes room the text does not need.
        let hintWidth = hint.count + 2
        let textRoom = rect.maxX - column
        let showsHint = textRoom - hintWidth >= max(16, prompt.field.text.count + 1)
        let field = prompt.field.shown(within: showsHint ? textRoom - hintWidth : textRoom)
        buffer.writeTruncating(field, at: Position(column: column, row: rect.y), style: theme[.statusFilter], maxWidth: textRoom)
        if showsHint {
            buffer.writeRightAligned(hint, row: rect.y, in: rect, style: theme[.dim])
        }
    }
}
