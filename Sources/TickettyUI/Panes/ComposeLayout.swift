import HTMLText

/// A draft broken into screen lines by display columns, with the cursor's place among them.
///
/// Breaks by grapheme rather than by word so that every cursor offset maps to exactly one
/// screen position while typing.
struct ComposeLayout {
    var lines: [String] = [""]
    /// The cursor as (line, column), in screen lines and display columns.
    var cursorLine = 0
    var cursorColumn = 0

    init(text: String, cursor: Int, width: Int) {
        let width = max(1, width)
        var line = ""
        var column = 0
        var index = 0
        for character in text {
            if index == cursor {
                cursorLine = lines.count - 1
                cursorColumn = column
            }
            index += 1
            if character == "\n" || character == "\r\n" {
                lines[lines.count - 1] = line
                lines.append("")
                line = ""
                column = 0
                continue
            }
            let w = max(DisplayWidth.of(character), CellBuffer.isSafe(character) ? 0 : 2)
            if column + w > width {
                lines[lines.count - 1] = line
                lines.append("")
                line = ""
                column = 0
                if index - 1 == cursor { cursorLine = lines.count - 1; cursorColumn = 0 }
            }
            line.append(character)
            column += w
        }
        lines[lines.count - 1] = line
        if cursor >= index {
            cursorLine = lines.count - 1
            cursorColumn = column
            if column >= width {
                // The cursor after a full line sits at the start of the next one.
                lines.append("")
                cursorLine += 1
                cursorColumn = 0
            }
        }
    }
}
