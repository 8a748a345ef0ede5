/// Wraps plain text to a number of terminal columns.
///
/// Counts display columns (CJK and emoji are two wide), breaks at spaces where it can, and never
/// splits a grapheme cluster. Leading indentation is kept, tabs become spaces to the next multiple
/// of eight, and carriage returns are dropped. Used for notes, events and composed replies; HTML
/// goes through `HTMLRenderer`, which shares the same line breaker.
public enum TextWrapper {
    /// Wraps every line of `text` to at most `width` columns. Blank lines are kept.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let prepared = prepare(line)
            if prepared.isEmpty {
                lines.append("")
                continue
            }
            LineBreaker.breakLines(prepared, width: width) { piece in
                lines.append(String(decoding: piece.lazy.map { $0 == InlineText.nonBreakingSpace ? 0x20 : $0 }, as: UTF8.self))
            }
        }
        return lines
    }

    /// Expands tabs, drops carriage returns and marks leading spaces as non-breaking, so the
    /// line breaker keeps the indentation instead of treating it as a break.
    private static func prepare(_ line: Substring.UTF8View) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(line.count)
        var column = 0
        var leading = true
        for byte in line {
            switch byte {
            case 0x0D:
                continue
            case 0x09:
                let spaces = 8 - column % 8
                out.append(contentsOf: repeatElement(leading ? InlineText.nonBreakingSpace : 0x20, count: spaces))
                column += spaces
            case 0x20:
                out.append(leading ? InlineText.nonBreakingSpace : 0x20)
                column += 1
            default:
                leading = false
                out.append(byte)
                if byte & 0xC0 != 0x80 { column += 1 }
            }
        }
        // A line of only spaces is blank.
        if !out.contains(where: { $0 != InlineText.nonBreakingSpace }) { return [] }
        return out
    }
}
