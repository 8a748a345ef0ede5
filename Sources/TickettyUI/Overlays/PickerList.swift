import HTMLText
import TickettyStore

/// A filter field over a scrolling list with one highlighted row: the body of the assign
/// picker and the help overlay.
struct PickerList {
    struct Row {
        var left: [StyledSpan]
        /// Dim text at the right end (the kind of choice, the section).
        var right: String
    }

    var picker: Picker
    var rows: [Row]
    var emptyText: String

    func draw(in rect: Rect, into buffer: inout CellBuffer, theme: Theme) {
        guard !rect.isEmpty else { return }
        buffer.writeTruncating("> " + picker.filter + "▏", at: Position(column: rect.x + 1, row: rect.y),
                               style: theme[.menuTitle], maxWidth: rect.width - 1)
        let list = rect.droppingTop(1)
        guard !list.isEmpty else { return }
        guard !rows.isEmpty else {
            buffer.writeTruncating(emptyText, at: Position(column: list.x + 1, row: list.y), style: theme[.menuGroup], maxWidth: list.width - 1)
            return
        }
        let selected = min(max(0, picker.selectedIndex), rows.count - 1)
        let first = max(0, selected - list.height + 1)
        for (offset, row) in rows[first..<min(rows.count, first + list.height)].enumerated() {
            let y = list.y + offset
            let isSelected = first + offset == selected
            let base = theme[isSelected ? .menuSelected : .menu]
            buffer.fill(Rect(x: list.x, y: y, width: list.width, height: 1), style: base)
            let rightWidth = row.right.isEmpty ? 0 : DisplayWidth.of(row.right) + 1
            var x = list.x + 1
            for span in row.left where x < list.maxX - rightWidth {
                var style = isSelected ? base : theme[span.role]
                if !isSelected { style.background = base.background }
                x += buffer.writeTruncating(span.text, at: Position(column: x, row: y), style: style, maxWidth: list.maxX - rightWidth - x)
            }
            if rightWidth > 0, list.width > rightWidth + 8 {
                var dim = isSelected ? base : theme[.menuGroup]
                dim.attributes.remove(.underline)
                buffer.writeRightAligned(row.right + " ", row: y, in: list, style: dim)
            }
        }
    }
}
