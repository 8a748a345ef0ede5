import TickettyUI

/// ncurses attribute bits. The `A_*` macros are built from a shift macro Swift cannot import,
/// so their values (fixed by the ncurses ABI, `NCURSES_BITS(1, n)`) are spelled out here.
enum CursesAttributes {
    static let underline: UInt32 = 1 << (9 + 8)
    static let reverse: UInt32 = 1 << (10 + 8)
    static let dim: UInt32 = 1 << (12 + 8)
    static let bold: UInt32 = 1 << (13 + 8)
    static let italic: UInt32 = 1 << (23 + 8)

    /// The attribute bits for a cell's attributes.
    static func bits(for attributes: TextAttributes) -> UInt32 {
        var bits: UInt32 = 0
        if attributes.contains(.bold) { bits |= bold }
        if attributes.contains(.dim) { bits |= dim }
        if attributes.contains(.italic) { bits |= italic }
        if attributes.contains(.underline) { bits |= underline }
        if attributes.contains(.reverse) { bits |= reverse }
        return bits
    }
}
