import TickettyStore

/// The `:` command line, drawn over the status line: `:status so▏  solved`, with what Tab
/// offered dimmed after the text.
struct CommandLinePrompt {
    func render(_ input: CommandLineInput, in rect: Rect, into buffer: inout CellBuffer, theme: Theme) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: theme[.statusLine])
        var column = rect.x
        // The end of a long line stays in view, where the typing happens.
        let shown = (":" + input.text + "▏").keepingEnd(within: rect.width)
        column += buffer.writeTruncating(shown, at: Position(column: column, row: rect.y), style: theme[.statusFilter], maxWidth: rect.width)
        guard !input.candidates.isEmpty, column + 2 < rect.maxX else { return }
        let candidates = "  " + input.candidates.joined(separator: "  ")
        buffer.writeTruncating(candidates, at: Position(column: column, row: rect.y), style: theme[.dim], maxWidth: rect.maxX - column)
    }
}
