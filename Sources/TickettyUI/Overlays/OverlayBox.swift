/// A bordered box centred on the screen, clipped to it: what every overlay draws in.
struct OverlayBox {
    var title: String
    /// The size wanted inside the border.
    var contentWidth: Int
    var contentHeight: Int

    /// Draws the box and returns the rectangle inside the border.
    func draw(on screen: Rect, into buffer: inout CellBuffer, theme: Theme) -> Rect {
        let width = min(contentWidth + 2, screen.width)
        let height = min(contentHeight + 2, screen.height)
        let box = Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2, width: width, height: height)
        guard width >= 2, height >= 2 else {
            buffer.fill(box, style: theme[.menu])
            return Rect(x: box.x, y: box.y, width: 0, height: 0)
        }
        let border = theme[.menuBorder]
        buffer.fill(box, style: theme[.menu])
        for column in box.x + 1..<box.maxX - 1 {
            buffer.write("─", at: Position(column: column, row: box.y), style: border, maxWidth: 1)
            buffer.write("─", at: Position(column: column, row: box.maxY - 1), style: border, maxWidth: 1)
        }
        for row in box.y + 1..<box.maxY - 1 {
            buffer.write("│", at: Position(column: box.x, row: row), style: border, maxWidth: 1)
            buffer.write("│", at: Position(column: box.maxX - 1, row: row), style: border, maxWidth: 1)
        }
        buffer.write("┌", at: Position(column: box.x, row: box.y), style: border, maxWidth: 1)
        buffer.write("┐", at: Position(column: box.maxX - 1, row: box.y), style: border, maxWidth: 1)
        buffer.write("└", at: Position(column: box.x, row: box.maxY - 1), style: border, maxWidth: 1)
        buffer.write("┘", at: Position(column: box.maxX - 1, row: box.maxY - 1), style: border, maxWidth: 1)
        buffer.writeTruncating(" " + title + " ", at: Position(column: box.x + 2, row: box.y), style: theme[.menuTitle], maxWidth: max(0, width - 4))
        return Rect(x: box.x + 1, y: box.y + 1, width: width - 2, height: height - 2)
    }
}
