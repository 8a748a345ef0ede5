/// How many terminal columns text takes.
///
/// Wide East Asian characters and emoji take two columns, combining marks and zero-width
/// characters none. The list pane and the wrapper use this so columns stay aligned. ASCII, which
/// is most of what a helpdesk shows, is answered without any table lookup.
public enum DisplayWidth {
    /// The number of columns one grapheme cluster takes: 0, 1 or 2.
    ///
    /// A cluster is as wide as its base character, except that an emoji presentation selector
    /// (U+FE0F), a pair of regional indicators (a flag) or a ZWJ sequence of emoji makes it two
    /// columns, and a text presentation selector (U+FE0E) makes an emoji one column.
    public static func of(_ character: Character) -> Int {
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first {
            return byte >= 0x20 && byte < 0x7F ? 1 : 0
        }
        var scalars = character.unicodeScalars.makeIterator()
        guard let base = scalars.next() else { return 0 }
        guard var next = scalars.next() else { return of(base) }
        let baseWidth = of(base)
        while true {
            switch next.value {
            case 0xFE0F: return 2
            case 0xFE0E: return min(baseWidth, 1)
            case 0x1F1E6...0x1F1FF where (0x1F1E6...0x1F1FF).contains(base.value): return 2
            case 0x200D where baseWidth == 1 && base.properties.isEmoji && base.value > 0x7F: return 2
            default: break
            }
            guard let following = scalars.next() else { break }
            next = following
        }
        return baseWidth
    }

    /// The number of columns a string takes.
    public static func of(_ text: some StringProtocol) -> Int {
        var printableASCII = true
        for byte in text.utf8 where byte < 0x20 || byte >= 0x7F {
            printableASCII = false
            break
        }
        if printableASCII { return text.utf8.count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The number of columns one scalar takes on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }
        if value < 0x300 { return 1 }
        // The bulk of CJK text, checked before the general tables.
        if (0x4E00...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value) { return 2 }
        if DisplayWidthTables.contains(DisplayWidthTables.zero, value) { return 0 }
        if DisplayWidthTables.contains(DisplayWidthTables.wide, value) { return 2 }
        return 1
    }
}
