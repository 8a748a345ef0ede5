import TickettyStore

/// Asks before a write that cannot be undone: "Delete 3 tickets?  y / n".
struct ConfirmWriteBox {
    func render(_ write: Write, state: State, on screen: Rect, into buffer: inout CellBuffer, theme: Theme) {
        let ids = write.ticketIDs
        var lines = [write.question ?? "Are you sure?"]
        // One ticket is named, so the question cannot be about the wrong one.
        if ids.count == 1, let ticket = state.tickets[ids[0]] { lines.append("“\(ticket.title)”") }
        lines.append("This cannot be undone.  y / n")
        let title: String =
            switch write {
            case .delete: "Delete"
            case .unlinkCustomer: "Unlink customer"
            default: "Confirm"
            }
        let width = min(max(34, (lines.map(\.count).max() ?? 0) + 2), max(10, screen.width - 4))
        let inner = OverlayBox(title: title, contentWidth: width, contentHeight: lines.count)
            .draw(on: screen, into: &buffer, theme: theme)
        for (row, line) in lines.prefix(inner.height).enumerated() {
            let isLast = row == lines.count - 1
            buffer.writeTruncating(line, at: Position(column: inner.x + 1, row: inner.y + row),
                                   style: theme[isLast ? .menuKey : .menu], maxWidth: inner.width - 1)
        }
    }
}
