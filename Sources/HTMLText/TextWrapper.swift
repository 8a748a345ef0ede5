/// Wraps plain text to a number of terminal columns.
///
/// Counts display columns (CJK and emoji are two wide), breaks at spaces where it can, and never
/// splits a grapheme cluster.
public enum TextWrapper {
    /// Wraps every line of `text` to at most `width` columns. Blank lines are kept.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            wrapParagraph(paragraph, width: width, into: &lines)
        }
        return lines
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int, into lines: inout [String]) {
        if paragraph.isEmpty {
            lines.append("")
            return
        }
        var line = ""
        var lineWidth = 0
        var word = ""
        var wordWidth = 0

        func flushWord() {
            if lineWidth > 0 && lineWidth + 1 + wordWidth > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if lineWidth > 0 {
                line.append(" ")
                lineWidth += 1
            }
            line.append(word)
            lineWidth += wordWidth
            word = ""
            wordWidth = 0
        }

        for character in paragraph {
            if character == " " {
                if !word.isEmpty { flushWord() }
                continue
            }
            let w = DisplayWidth.of(character)
            if wordWidth + w > width {
                // A word longer than the line: hard-break it between graphemes.
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                lines.append(word)
                word = ""
                wordWidth = 0
            }
            word.append(character)
            wordWidth += w
        }
        if !word.isEmpty { flushWord() }
        lines.append(line)
    }
}
