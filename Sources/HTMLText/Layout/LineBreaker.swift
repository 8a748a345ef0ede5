/// Breaks UTF-8 text into lines of at most a number of display columns.
///
/// Spaces are the break opportunities; `InlineText.nonBreakingSpace` is not one. A newline byte
/// forces a break. A word wider than the line is cut between grapheme clusters, never inside one.
/// Lines are reported as slices of the input, so nothing is copied until the caller writes them.
enum LineBreaker {
    /// Calls `emit` with each line of `text` wrapped at `width` columns (at least 1).
    static func breakLines(_ text: ArraySlice<UInt8>, width: Int, emit: (ArraySlice<UInt8>) -> Void) {
        let width = max(1, width)
        var segmentStart = text.startIndex
        while true {
            let segmentEnd = text[segmentStart...].firstIndex(of: 0x0A) ?? text.endIndex
            breakSegment(text[segmentStart..<segmentEnd], width: width, emit: emit)
            guard segmentEnd < text.endIndex else { return }
            segmentStart = segmentEnd + 1
        }
    }

    /// The display width of UTF-8 bytes, counting a non-breaking space marker as one column.
    static func width(of bytes: ArraySlice<UInt8>) -> Int {
        var ascii = true
        for byte in bytes where byte >= 0x80 {
            ascii = false
            break
        }
        if ascii { return bytes.count }
        var total = 0
        for character in String(decoding: bytes, as: UTF8.self) {
            total += character == "\u{1F}" ? 1 : DisplayWidth.of(character)
        }
        return total
    }

    /// Breaks one line without newlines.
    private static func breakSegment(_ text: ArraySlice<UInt8>, width limit: Int, emit: (ArraySlice<UInt8>) -> Void) {
        var lineStart = text.startIndex
        var lineEnd = text.startIndex
        var lineWidth = 0
        var index = text.startIndex
        var emitted = false
        while index < text.endIndex {
            var spaces = 0
            while index < text.endIndex, text[index] == 0x20 {
                spaces += 1
                index += 1
            }
            guard index < text.endIndex else { break }
            let wordStart = index
            while index < text.endIndex, text[index] != 0x20 { index += 1 }
            let word = text[wordStart..<index]
            let wordWidth = Self.width(of: word)
            if lineWidth > 0, lineWidth + spaces + wordWidth <= limit {
                lineEnd = index
                lineWidth += spaces + wordWidth
                continue
            }
            if lineWidth > 0 {
                emit(text[lineStart..<lineEnd])
                emitted = true
            }
            if wordWidth <= limit {
                lineStart = wordStart
                lineEnd = index
                lineWidth = wordWidth
            } else {
                let rest = hardBreak(word, width: limit, emit: emit)
                emitted = true
                lineStart = rest.startIndex
                lineEnd = rest.endIndex
                lineWidth = Self.width(of: rest)
            }
        }
        if lineWidth > 0 || !emitted { emit(text[lineStart..<lineEnd]) }
    }

    /// Emits full-width pieces of an overlong word and returns the last, shorter piece.
    private static func hardBreak(_ word: ArraySlice<UInt8>, width: Int, emit: (ArraySlice<UInt8>) -> Void) -> ArraySlice<UInt8> {
        var pieceStart = word.startIndex
        var pieceWidth = 0
        let string = String(decoding: word, as: UTF8.self)
        var offset = word.startIndex
        for character in string {
            let characterWidth = character == "\u{1F}" ? 1 : DisplayWidth.of(character)
            let length = character.utf8.count
            if pieceWidth + characterWidth > width, offset > pieceStart {
                emit(word[pieceStart..<offset])
                pieceStart = offset
                pieceWidth = 0
            }
            pieceWidth += characterWidth
            offset = min(offset + length, word.endIndex)
        }
        return word[pieceStart..<word.endIndex]
    }
}
