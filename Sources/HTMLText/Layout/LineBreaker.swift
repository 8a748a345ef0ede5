/// Breaks UTF-8 text into lines of at most a number of display columns.
///
/// Spaces are the break opportunities; `InlineText.nonBreakingSpace` is not one. A newline byte
/// forces a break. A word wider than the line is cut between grapheme clusters, never inside one.
/// Lines are reported as views into the input, so nothing is copied until the caller writes them;
/// the loops work on raw buffers because this is the renderer's hottest code.
enum LineBreaker {
    /// Calls `emit` with each line of `text` wrapped at `width` columns (at least 1).
    static func breakLines(_ text: [UInt8], width: Int, emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        text.withUnsafeBufferPointer { breakLines($0, width: max(1, width), emit: emit) }
    }

    /// One pass over the bytes: runs of spaces, then words, with a newline ending the line.
    private static func breakLines(_ text: UnsafeBufferPointer<UInt8>, width limit: Int, emit: (UnsafeBufferPointer<UInt8>) -> Void) {
        let count = text.count
        var index = 0
        var lineStart = 0
        var lineEnd = 0
        var lineWidth = 0
        var emittedInSegment = false
        while true {
            var spaces = 0
            while index < count, text[index] == 0x20 {
                spaces += 1
                index += 1
            }
            if index == count || text[index] == 0x0A {
                if lineWidth > 0 || !emittedInSegment { emit(UnsafeBufferPointer(rebasing: text[lineStart..<lineEnd])) }
                guard index < count else { return }
                index += 1
                lineStart = index
                lineEnd = index
                lineWidth = 0
                emittedInSegment = false
                continue
            }
            let wordStart = index
            var highBits: UInt8 = 0
            while index < count {
                let byte = text[index]
                if byte == 0x20 || byte == 0x0A { break }
                highBits |= byte
                index += 1
            }
            let wordWidth = highBits < 0x80 ? index - wordStart : width(of: UnsafeBufferPointer(rebasing: text[wordStart..<index]))
            if lineWidth > 0, lineWidth + spaces + wordWidth <= limit {
                lineEnd = index
                lineWidth += spaces + wordWidth
                continue
            }
            if lineWidth > 0 {
                emit(UnsafeBufferPointer(rebasing: text[lineStart..<lineEnd]))
                emittedInSegment = true
            }
            lineStart = wordStart
            lineEnd = index
            if wordWidth <= limit {
                lineWidth = wordWidth
            } else {
                lineStart = wordStart + hardBreak(UnsafeBufferPointer(rebasing: text[wordStart..<index]), width: limit, emit: emit)
                emittedInSegment = true
                lineWidth = width(of: UnsafeBufferPointer(rebasing: text[lineStart..<lineEnd]))
            }
        }
    }

    /// The display width of UTF-8 bytes, counting a non-breaking space marker as one column.
    static func width(of bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { width(of: $0) }
    }

    /// The display width of UTF-8 bytes, counting a non-breaking space marker as one column.
    ///
    /// Sums the widths of the scalars, which is exact unless a joiner or a variation selector
    /// combines them; only then are grapheme clusters formed.
    static func width(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var total = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                total += lead >= 0x20 && lead != 0x7F || lead == InlineText.nonBreakingSpace ? 1 : 0
                index += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            guard index + length <= count else { return total + 1 }
            var value = UInt32(lead) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
            for offset in 1..<max(length, 2) where offset < length {
                value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            }
            if value == 0x200D || value == 0xFE0F || value == 0xFE0E {
                return graphemeWidth(of: bytes)
            }
            if let scalar = Unicode.Scalar(value) { total += DisplayWidth.of(scalar) }
            index += length
        }
        return total
    }

    private static func graphemeWidth(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var total = 0
        for character in String(decoding: bytes, as: UTF8.self) {
            total += character == "\u{1F}" ? 1 : DisplayWidth.of(character)
        }
        return total
    }

    /// Emits full-width pieces of an overlong word; returns the offset of the last, shorter piece.
    private static func hardBreak(_ word: UnsafeBufferPointer<UInt8>, width: Int, emit: (UnsafeBufferPointer<UInt8>) -> Void) -> Int {
        var pieceStart = 0
        var pieceWidth = 0
        var offset = 0
        for character in String(decoding: word, as: UTF8.self) {
            let characterWidth = character == "\u{1F}" ? 1 : DisplayWidth.of(character)
            if pieceWidth + characterWidth > width, offset > pieceStart {
                emit(UnsafeBufferPointer(rebasing: word[pieceStart..<offset]))
                pieceStart = offset
                pieceWidth = 0
            }
            pieceWidth += characterWidth
            offset = min(offset + character.utf8.count, word.count)
        }
        return pieceStart
    }
}
