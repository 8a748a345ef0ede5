/// The text of the paragraph being collected, with whitespace collapsed as a browser would.
///
/// Works on UTF-8 bytes: runs of ordinary bytes are copied in bulk, and only whitespace and the
/// few lead bytes of characters that need care are looked at one by one. Dangerous characters are
/// neutralised here with the same rules as `TextSanitizer`, so text never needs a second pass.
struct InlineText {
    /// Byte used inside paragraphs for a non-breaking space; printed as a space after wrapping.
    static let nonBreakingSpace: UInt8 = 0x1F

    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false
    /// Whether the paragraph has a `<`, which may be an Outlook conditional that needs a second
    /// look; most paragraphs have none.
    private(set) var mayNeedCleanup = false

    var isEmpty: Bool { bytes.isEmpty }
    var count: Int { bytes.count }

    /// Appends text from the document. In preformatted text whitespace is kept as it is.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>, preformatted: Bool) {
        var index = 0
        let count = text.count
        while index < count {
            guard Self.isPlain(text[index]) else {
                index = appendSpecial(text, at: index, preformatted: preformatted)
                continue
            }
            // Copy the longest run of bytes that need no attention. A single space between two
            // such bytes needs none either (collapsing leaves it as it is), so a run of prose is
            // copied in one piece rather than word by word.
            var end = index + 1
            while end < count {
                if Self.isPlain(text[end]) {
                    end += 1
                } else if text[end] == 0x20, end + 1 < count, Self.isPlain(text[end + 1]) {
                    end += 2
                } else {
                    break
                }
            }
            flushPendingSpace()
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[index..<end]))
            index = end
        }
    }

    /// Appends a string that does not come from a text node, such as an image's alt text.
    mutating func append(_ text: [UInt8]) {
        text.withUnsafeBufferPointer { append($0, preformatted: false) }
    }

    /// Appends a link's reference marker, such as "[12]", directly after the preceding text.
    mutating func appendReference(_ number: Int) {
        bytes.appendReference(number)
    }

    /// Forces a line break (`<br>`); whitespace right after it is dropped.
    mutating func lineBreak() {
        pendingSpace = false
        bytes.append(0x0A)
    }

    /// Text appended since `offset`, for a link's label.
    func text(since offset: Int) -> ArraySlice<UInt8> {
        bytes[min(offset, bytes.count)...]
    }

    /// Drops the text appended since `offset`, to replace a link's label.
    mutating func truncate(to offset: Int) {
        if offset < bytes.count { bytes.removeSubrange(offset...) }
    }

    /// Returns the collected text and starts a new paragraph.
    mutating func take() -> [UInt8] {
        pendingSpace = false
        mayNeedCleanup = false
        // Copy out and keep the buffer's capacity for the next paragraph.
        defer { bytes.removeAll(keepingCapacity: true) }
        return Array(bytes)
    }

    /// Printable ASCII except space and `<`, and UTF-8 continuation/lead bytes that start
    /// nothing we filter (0xC2 may be NBSP, soft hyphen or C1; 0xD8 may be ALM; 0xE2 bidi or
    /// zero-width; 0xEF a BOM).
    ///
    /// One bit per byte value, 64 values per word: the test runs for every byte of text, and a
    /// shift and a mask cost a fraction of the chain of range comparisons a `switch` becomes.
    @inline(__always)
    private static func isPlain(_ byte: UInt8) -> Bool {
        let word: UInt64
        switch byte >> 6 {
        case 0: word = 0xEFFF_FFFE_0000_0000  // 0x21...0x3B, 0x3D...0x3F
        case 1: word = 0x7FFF_FFFF_FFFF_FFFF  // 0x40...0x7E
        case 2: word = 0xFFFF_FFFF_FFFF_FFFF  // continuation bytes
        default: word = 0xFFFF_7FFB_FEFF_FFFB  // lead bytes but 0xC2, 0xD8, 0xE2, 0xEF
        }
        return word >> UInt64(byte & 0x3F) & 1 != 0
    }

    private mutating func flushPendingSpace() {
        if pendingSpace {
            bytes.append(0x20)
            pendingSpace = false
        }
    }

    /// Handles the byte at `index`, which is not plain, and returns the index after it.
    private mutating func appendSpecial(_ text: UnsafeBufferPointer<UInt8>, at index: Int, preformatted: Bool) -> Int {
        let byte = text[index]
        func next(_ offset: Int) -> UInt8 { index + offset < text.count ? text[index + offset] : 0 }
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0C, 0x0D:
            if preformatted {
                if byte != 0x0D { bytes.append(byte == 0x0C ? 0x0A : byte) }
            } else if let last = bytes.last, last != 0x0A {
                pendingSpace = true
            }
            return index + 1
        case 0xC2:
            let second = next(1)
            if second == 0xA0 {  // NO-BREAK SPACE
                flushPendingSpace()
                bytes.append(Self.nonBreakingSpace)
            } else if second == 0xAD {  // SOFT HYPHEN: invisible unless the line breaks there
            } else if (0x80...0x9F).contains(second) {  // C1 control, shown like ESC + letter
                flushPendingSpace()
                bytes.append(contentsOf: [0x5E, 0x5B, second - 0x40])
            } else {
                flushPendingSpace()
                bytes.append(contentsOf: [byte, second])
            }
            return index + 2
        case 0xD8 where next(1) == 0x9C:  // ARABIC LETTER MARK, a bidi control
            return index + 2
        case 0xE2 where next(1) == 0x80 || next(1) == 0x81:
            let scalar = 0x2000 | (UInt32(next(1) & 0x3F) << 6) | UInt32(next(2) & 0x3F)
            if Self.isDroppedFormatCharacter(scalar) { return index + 3 }
            flushPendingSpace()
            bytes.append(contentsOf: [byte, next(1), next(2)])
            return index + 3
        case 0xEF where next(1) == 0xBB && next(2) == 0xBF:  // ZERO WIDTH NO-BREAK SPACE (BOM)
            return index + 3
        case 0x3C:  // "<"
            flushPendingSpace()
            mayNeedCleanup = true
            bytes.append(byte)
            return index + 1
        case 0x7F:
            flushPendingSpace()
            bytes.append(contentsOf: [0x5E, 0x3F])
            return index + 1
        case 0x00..<0x20:
            // Caret notation keeps the character visible and inert: ESC becomes "^[".
            flushPendingSpace()
            bytes.append(contentsOf: [0x5E, byte + 0x40])
            return index + 1
        default:
            flushPendingSpace()
            bytes.append(byte)
            return index + 1
        }
    }

    /// Zero-width characters (U+200B, U+200C, U+2060) and bidi controls. U+200D ZERO WIDTH JOINER
    /// is kept: it glues emoji sequences together.
    private static func isDroppedFormatCharacter(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x200B, 0x200C, 0x2060: true
        default: TextSanitizer.isBidiControl(scalar)
        }
    }
}
