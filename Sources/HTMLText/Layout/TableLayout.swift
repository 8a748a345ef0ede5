/// Lays out tables: aligned columns when they fit, stacked rows when they don't.
///
/// E-mail templates use tables for layout: one wide cell per row, spacer cells, tables nested in
/// cells. Those are not data and must not become a grid of empty cells, so empty cells and
/// columns are dropped, a table with one remaining column or with nested tables is laid out as
/// ordinary blocks, and only the rest is measured for a grid.
enum TableLayout {
    /// Spaces between grid columns.
    private static let gap = 2

    static func layout(_ table: Block, on canvas: inout TextCanvas) {
        var rows: [[Block]] = []
        for child in table.children {
            if child.kind == .row {
                let cells = child.children.filter { $0.kind == .cell }
                if cells.contains(where: { !isEmptyCell($0) }) { rows.append(cells) }
                // Stray text directly inside <tr> becomes a row of its own.
                for stray in child.children where stray.kind != .cell { rows.append([stray]) }
            } else {
                rows.append([child])
            }
        }
        // A cell spanning n columns takes n slots of its row: itself, then n - 1 covered (nil).
        let slots: [[Block?]] = rows.map { row in
            var slots: [Block?] = []
            slots.reserveCapacity(row.count)
            for cell in row {
                slots.append(cell)
                if cell.columnSpan > 1 { slots.append(contentsOf: repeatElement(nil, count: cell.columnSpan - 1)) }
            }
            return slots
        }
        let columnCount = slots.reduce(0) { max($0, $1.count) }
        let usedColumns = (0..<columnCount).filter { column in
            slots.contains { column < $0.count && $0[column].map { !isEmptyCell($0) } == true }
        }
        let isLayoutTable = usedColumns.count <= 1 || rows.contains { row in row.contains(where: containsTable) }
        if isLayoutTable {
            layoutStacked(rows, compactRows: false, on: &canvas)
            return
        }
        let grid = slots.map { gridRow($0, usedColumns: usedColumns) }
        if let widths = columnWidths(grid, columns: usedColumns.count, available: canvas.availableWidth) {
            layoutGrid(grid, widths: widths, on: &canvas)
        } else {
            layoutStacked(rows, compactRows: true, on: &canvas)
        }
    }

    /// One cell of the aligned grid: the block and how many of the kept columns it spans.
    private struct GridCell {
        let block: Block
        let span: Int
    }

    /// A row's cells over the kept columns; empty cells fill columns the row does not reach.
    private static func gridRow(_ slots: [Block?], usedColumns: [Int]) -> [GridCell] {
        var cells: [GridCell] = []
        var index = 0
        while index < usedColumns.count {
            let column = usedColumns[index]
            guard column < slots.count, let block = slots[column] else {
                cells.append(GridCell(block: Block(.cell), span: 1))
                index += 1
                continue
            }
            // Dropped columns inside the span do not count.
            let end = column + block.columnSpan
            var span = 1
            while index + span < usedColumns.count, usedColumns[index + span] < end { span += 1 }
            cells.append(GridCell(block: block, span: span))
            index += span
        }
        return cells
    }

    /// Every cell's blocks in order; the cells of one data row without blank lines between them.
    private static func layoutStacked(_ rows: [[Block]], compactRows: Bool, on canvas: inout TextCanvas) {
        for row in rows {
            if compactRows {
                canvas.separateBlock()
                canvas.beginCompact()
            }
            for cell in row { BlockLayout.layout(cell, on: &canvas) }
            if compactRows { canvas.endCompact() }
        }
        canvas.separateBlock()
    }

    /// The natural column widths, if the columns fit side by side without wrapping any cell.
    /// Squeezing columns would interleave wrapped lines of neighbouring cells, which reads worse
    /// than stacking. A spanning cell wider than its columns widens the last of them.
    private static func columnWidths(_ grid: [[GridCell]], columns: Int, available: Int) -> [Int]? {
        guard columns > 0 else { return nil }
        var natural = Array(repeating: 0, count: columns)
        for row in grid {
            var column = 0
            for cell in row {
                if cell.span == 1 { natural[column] = max(natural[column], naturalWidth(cell.block)) }
                column += cell.span
            }
        }
        for row in grid {
            var column = 0
            for cell in row {
                if cell.span > 1 {
                    let shortfall = naturalWidth(cell.block) - spannedWidth(natural, from: column, span: cell.span)
                    if shortfall > 0 { natural[column + cell.span - 1] += shortfall }
                }
                column += cell.span
            }
        }
        return natural.reduce(0, +) + gap * (columns - 1) <= available ? natural : nil
    }

    /// The width of `span` columns from `column`, with the gaps between them.
    private static func spannedWidth(_ widths: [Int], from column: Int, span: Int) -> Int {
        widths[column..<(column + span)].reduce(0, +) + gap * (span - 1)
    }

    private static func layoutGrid(_ grid: [[GridCell]], widths: [Int], on canvas: inout TextCanvas) {
        canvas.separateBlock()
        canvas.beginCompact()
        for row in grid {
            var column = 0
            let cellWidths = row.map { cell in
                defer { column += cell.span }
                return spannedWidth(widths, from: column, span: cell.span)
            }
            let cellLines: [[ArraySlice<UInt8>]] = zip(row, cellWidths).map { cell, width in
                // Columns have their natural widths, so a cell of one paragraph needs no
                // wrapping: its lines are the paragraph's own. Anything else is laid out.
                let children = cell.block.children
                if children.count == 1, children[0].kind == .paragraph {
                    return children[0].text.split(separator: 0x0A, omittingEmptySubsequences: false)
                }
                var cellCanvas = TextCanvas(width: width)
                BlockLayout.layout(cell.block, on: &cellCanvas)
                return cellCanvas.lines()
            }
            let height = cellLines.reduce(0) { max($0, $1.count) }
            for lineIndex in 0..<height {
                var line: [UInt8] = []
                line.reserveCapacity(canvas.availableWidth)
                for (index, lines) in cellLines.enumerated() {
                    let text = lineIndex < lines.count ? lines[lineIndex] : []
                    // Non-breaking spaces are left for `writeLine`, which prints them as spaces.
                    line.append(contentsOf: text)
                    if index < cellLines.count - 1 {
                        let padding = cellWidths[index] - LineBreaker.width(of: text) + gap
                        line.append(contentsOf: repeatElement(0x20, count: max(1, padding)))
                    }
                }
                canvas.writeLine(line)
            }
        }
        canvas.endCompact()
        canvas.separateBlock()
    }

    /// The width of the cell's widest line when nothing wraps.
    private static func naturalWidth(_ cell: Block) -> Int {
        var widest = 0
        visitText(cell) { block in
            var lineStart = block.text.startIndex
            while lineStart < block.text.endIndex {
                let lineEnd = block.text[lineStart...].firstIndex(of: 0x0A) ?? block.text.endIndex
                widest = max(widest, LineBreaker.width(of: block.text[lineStart..<lineEnd]))
                lineStart = lineEnd + 1
            }
        }
        return widest
    }

    private static func visitText(_ block: Block, _ visit: (Block) -> Void) {
        if block.kind == .paragraph || block.kind == .preformatted { visit(block) }
        for child in block.children { visitText(child, visit) }
    }

    private static func isEmptyCell(_ block: Block) -> Bool {
        block.kind == .cell && block.children.isEmpty
    }

    private static func containsTable(_ block: Block) -> Bool {
        block.children.contains { $0.kind == .table || containsTable($0) }
    }
}
