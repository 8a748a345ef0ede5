/// Lays a `Block` tree out on a `TextCanvas`: paragraphs wrapped, preformatted text kept,
/// quotes prefixed, lists and tables delegated to `ListLayout` and `TableLayout`.
enum BlockLayout {
    /// Lays out `blocks` one after another, separated by blank lines.
    static func layout(_ blocks: [Block], on canvas: inout TextCanvas) {
        for block in blocks {
            layout(block, on: &canvas)
        }
    }

    static func layout(_ block: Block, on canvas: inout TextCanvas) {
        switch block.kind {
        case .paragraph:
            canvas.separateBlock()
            let width = canvas.availableWidth
            LineBreaker.breakLines(block.text, width: width) { canvas.writeLine($0) }
        case .preformatted:
            canvas.separateBlock()
            layoutPreformatted(block.text, on: &canvas)
        case .rule:
            canvas.separateBlock()
            canvas.writeLine(Array(repeating: UInt8(ascii: "-"), count: canvas.availableWidth))
        case .quote:
            canvas.beginQuote()
            layout(block.children, on: &canvas)
            canvas.endQuote()
        case .list:
            ListLayout.layout(block, on: &canvas)
        case .table:
            TableLayout.layout(block, on: &canvas)
        case .root, .item, .row, .cell:
            layout(block.children, on: &canvas)
        }
    }

    /// Preformatted lines keep their spacing; tabs become spaces to the next multiple of eight
    /// (cells have no tab stops), and only lines wider than the canvas are cut.
    private static func layoutPreformatted(_ text: [UInt8], on canvas: inout TextCanvas) {
        let width = canvas.availableWidth
        for line in text.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let expanded = expandTabs(line)
            if expanded.count <= width || LineBreaker.width(of: expanded[...]) <= width {
                canvas.writeLine(expanded)
            } else {
                // Cut at grapheme boundaries without treating spaces as break opportunities.
                let protected = expanded.map { $0 == 0x20 ? InlineText.nonBreakingSpace : $0 }
                LineBreaker.breakLines(protected, width: width) { canvas.writeLine($0) }
            }
        }
    }

    private static func expandTabs(_ line: ArraySlice<UInt8>) -> [UInt8] {
        guard line.contains(0x09) else { return Array(line) }
        var out: [UInt8] = []
        var column = 0
        for byte in line {
            if byte == 0x09 {
                let spaces = 8 - column % 8
                out.append(contentsOf: repeatElement(0x20, count: spaces))
                column += spaces
            } else {
                out.append(byte)
                // Continuation bytes do not start a column; close enough for tab stops.
                if byte & 0xC0 != 0x80 { column += 1 }
            }
        }
        return out
    }
}
