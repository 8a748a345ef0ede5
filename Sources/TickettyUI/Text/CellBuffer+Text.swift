import HTMLText

extension CellBuffer {
    /// Writes text, ending it with "…" when it does not fit in `maxWidth` columns.
    @discardableResult
    public mutating func writeTruncating(_ text: some StringProtocol, at position: Position, style: CellStyle, maxWidth: Int) -> Int {
        guard maxWidth > 0 else { return 0 }
        if DisplayWidth.of(text) <= maxWidth {
            return write(text, at: position, style: style, maxWidth: maxWidth)
        }
        let used = write(text, at: position, style: style, maxWidth: maxWidth - 1)
        return used + write("…", at: Position(column: position.column + used, row: position.row), style: style, maxWidth: 1)
    }

    /// Writes a styled line from `position`, clipped to `maxWidth` columns.
    @discardableResult
    public mutating func write(_ line: StyledLine, at position: Position, theme: Theme, maxWidth: Int) -> Int {
        var used = 0
        for span in line.spans where used < maxWidth {
            used += write(
                span.text, at: Position(column: position.column + used, row: position.row),
                style: theme[span.role], maxWidth: maxWidth - used)
        }
        return used
    }

    /// Writes text so that it ends at the right edge of `rect`'s row; returns its start column.
    @discardableResult
    public mutating func writeRightAligned(_ text: String, row: Int, in rect: Rect, style: CellStyle) -> Int {
        let width = min(DisplayWidth.of(text), rect.width)
        let column = rect.maxX - width
        write(text, at: Position(column: column, row: row), style: style, maxWidth: width)
        return column
    }
}
