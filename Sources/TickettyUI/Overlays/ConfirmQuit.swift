import TickettyStore

/// Asks before quitting while changes are still on their way to the server.
struct ConfirmQuit {
    func render(_ state: State, on screen: Rect, into buffer: inout CellBuffer, theme: Theme) {
        let count = state.pendingWrites.count
        let lines = [
            count == 1 ? "1 change is still being sent." : "\(count) changes are still being sent.",
            "Quit anyway?  y / n",
        ]
        let inner = OverlayBox(title: "Quit", contentWidth: 34, contentHeight: lines.count).draw(on: screen, into: &buffer, theme: theme)
        for (row, line) in lines.prefix(inner.height).enumerated() {
            buffer.writeTruncating(line, at: Position(column: inner.x + 1, row: inner.y + row),
                                   style: theme[row == 1 ? .menuKey : .menu], maxWidth: inner.width - 1)
        }
    }
}
