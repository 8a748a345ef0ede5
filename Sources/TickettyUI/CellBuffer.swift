import HTMLText

/// A width × height grid of cells that panes draw into.
///
/// Nothing reaches a cell without passing the sanitiser: control characters (C0, DEL, C1) are
/// shown in caret or `<U+…>` notation and bidi controls are dropped, so a frame can hold only
/// inert, printable text. Wide graphemes take their cell plus a continuation cell.
///
/// ```swift
/// var buffer = CellBuffer(size: Size(columns: 10, rows: 1))
/// buffer.write("票 #42", at: Position(column: 0, row: 0), style: .plain, maxWidth: 10) // 6
/// ```
public struct CellBuffer: Hashable, Sendable {
    public private(set) var size: Size
    /// The cells row by row; index `row * size.columns + column`.
    public private(set) var cells: [Cell]

    public init(size: Size, fill cell: Cell = .blank) {
        let size = Size(columns: max(0, size.columns), rows: max(0, size.rows))
        self.size = size
        self.cells = Array(repeating: cell, count: size.columns * size.rows)
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(x: 0, y: 0, width: size.columns, height: size.rows) }

    /// The cell at a position; a blank cell outside the buffer.
    public subscript(column: Int, row: Int) -> Cell {
        guard contains(column: column, row: row) else { return .blank }
        return cells[row * size.columns + column]
    }

    /// The cell at a position; a blank cell outside the buffer.
    public subscript(position: Position) -> Cell { self[position.column, position.row] }

    /// Blanks every cell, keeping the storage (frames reuse their buffers).
    public mutating func reset(to cell: Cell = .blank) {
        for index in cells.indices { cells[index] = cell }
    }

    /// Changes the size, blanking everything.
    public mutating func resize(to newSize: Size) {
        let newSize = Size(columns: max(0, newSize.columns), rows: max(0, newSize.rows))
        if newSize == size {
            reset()
            return
        }
        size = newSize
        cells = Array(repeating: .blank, count: newSize.columns * newSize.rows)
    }

    /// Fills a rectangle (clipped to the buffer) with blanks in a style.
    public mutating func fill(_ rect: Rect, style: CellStyle) {
        let area = rect.intersection(self.area)
        guard !area.isEmpty else { return }
        let blank = Cell(text: " ", style: style)
        for row in area.y..<area.maxY {
            repairWideGraphemes(row: row, from: area.x, to: area.maxX)
            let base = row * size.columns
            for column in area.x..<area.maxX { cells[base + column] = blank }
        }
    }

    /// Sets the style of every cell in a rectangle, keeping the text.
    public mutating func setStyle(_ rect: Rect, style: CellStyle) {
        let area = rect.intersection(self.area)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            let base = row * size.columns
            for column in area.x..<area.maxX { cells[base + column].style = style }
        }
    }

    /// Writes one line of text, clipped to `maxWidth` columns and to the buffer's edge.
    ///
    /// Newlines and tabs become spaces, control characters become visible caret notation,
    /// bidi controls and zero-width characters are dropped. A wide grapheme that would straddle
    /// the clip edge is drawn as a space instead.
    ///
    /// - Returns: the number of columns written.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, at position: Position, style: CellStyle, maxWidth: Int) -> Int {
        guard position.row >= 0, position.row < size.rows, position.column >= 0 else { return 0 }
        let limit = min(maxWidth, size.columns - position.column)
        guard limit > 0 else { return 0 }
        var used = 0
        for character in text {
            if used >= limit { break }
            if Self.isSafe(character) {
                if !put(character, column: position.column + used, row: position.row, style: style, room: limit - used, used: &used) {
                    break
                }
            } else {
                // Rare: route the grapheme through the sanitiser's visible notation.
                for safe in TextSanitizer.sanitizeLine(String(character)) where Self.isSafe(safe) {
                    if used >= limit { break }
                    if !put(safe, column: position.column + used, row: position.row, style: style, room: limit - used, used: &used) {
                        break
                    }
                }
            }
        }
        return used
    }

    /// Puts one safe grapheme; returns false when the line is full.
    private mutating func put(_ character: Character, column: Int, row: Int, style: CellStyle, room: Int, used: inout Int) -> Bool {
        let width = DisplayWidth.of(character)
        if width == 0 { return true }
        if width == 2 && room < 2 {
            // A wide grapheme would straddle the edge: a space keeps the columns honest.
            setCell(Cell(text: " ", style: style), column: column, row: row)
            used += 1
            return false
        }
        setCell(Cell(text: String(character), style: style), column: column, row: row)
        if width == 2 {
            setCell(Cell(text: "", style: style), column: column + 1, row: row)
        }
        used += width
        return true
    }

    /// Stores a cell, blanking the other half of any wide grapheme it breaks.
    private mutating func setCell(_ cell: Cell, column: Int, row: Int) {
        let index = row * size.columns + column
        repairWideGraphemes(row: row, from: column, to: column + 1)
        cells[index] = cell
    }

    /// Before cells `from..<to` of a row are overwritten, turns any wide grapheme cut in half
    /// by that span into spaces, so no orphan half is ever left behind.
    private mutating func repairWideGraphemes(row: Int, from: Int, to: Int) {
        let base = row * size.columns
        if from > 0, from < size.columns, cells[base + from].isContinuation {
            cells[base + from - 1].text = " "
            cells[base + from].text = " "
        }
        if to > 0, to < size.columns, cells[base + to].isContinuation {
            cells[base + to].text = " "
        }
    }

    private func contains(column: Int, row: Int) -> Bool {
        column >= 0 && row >= 0 && column < size.columns && row < size.rows
    }

    /// Whether a grapheme can be stored as is: no control, DEL, C1 or bidi control scalar.
    static func isSafe(_ character: Character) -> Bool {
        for scalar in character.unicodeScalars {
            let v = scalar.value
            if v < 0x20 || (v >= 0x7F && v < 0xA0) { return false }
            if v >= 0x200E {
                if v == 0x200E || v == 0x200F || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069) {
                    return false
                }
            } else if v == 0x061C {
                return false
            }
        }
        return true
    }
}
