import HTMLText

/// The title bar every pane starts with: "─ Tickets ───────", highlighted when focused.
///
/// A one-row bar rather than a full box keeps small terminals usable: a 40×12 screen still
/// shows a list, a timeline, compose and the status line.
struct PaneFrame {
    var title: String
    var focused: Bool
    /// Extra text at the right end of the bar (counts, scroll position).
    var trailing: String = ""

    /// Draws the bar in the first row of `rect` and returns the rows below it.
    func draw(in rect: Rect, into buffer: inout CellBuffer, theme: Theme) -> Rect {
        guard !rect.isEmpty else { return rect }
        let rule = theme[focused ? .borderFocused : .border]
        let titleStyle = theme[focused ? .titleFocused : .title]
        buffer.fill(rect.prefix(rows: 1), style: rule)
        for column in rect.x..<rect.maxX {
            buffer.write("─", at: Position(column: column, row: rect.y), style: rule, maxWidth: 1)
        }
        let start = Position(column: rect.x + 1, row: rect.y)
        let trailingWidth = trailing.isEmpty ? 0 : DisplayWidth.of(trailing) + 2
        let room = max(0, rect.width - 2 - trailingWidth)
        buffer.writeTruncating(" " + title + " ", at: start, style: titleStyle, maxWidth: room)
        if !trailing.isEmpty, rect.width > trailingWidth + 4 {
            buffer.writeRightAligned(" " + trailing + " ", row: rect.y, in: Rect(x: rect.x, y: rect.y, width: rect.width - 1, height: 1), style: rule)
        }
        return rect.droppingTop(1)
    }
}
