/// One block of a rendered message: the tree the HTML is reduced to before it is laid out.
///
/// Paragraph text is kept as UTF-8 bytes with whitespace already collapsed: `0x0A` is a forced
/// line break (`<br>`) and `0x1F` a non-breaking space, which the layout prints as a space.
///
/// A struct rather than a class: a large message has tens of thousands of blocks, and freeing a
/// tree of objects one reference count at a time cost as much as a sixth of the render.
struct Block {
    enum Kind: Equatable {
        case root
        case paragraph
        case preformatted
        case rule
        case quote
        case list(ordered: Bool, start: Int)
        case item
        case table
        case row
        case cell
    }

    let kind: Kind
    var text: [UInt8]
    var children: [Block] = []
    /// How many grid columns a table cell spans (`colspan`); 1 for everything else.
    var columnSpan = 1

    init(_ kind: Kind, text: [UInt8] = []) {
        self.kind = kind
        self.text = text
    }

    /// Whether the block can contain other blocks.
    var isContainer: Bool {
        switch kind {
        case .paragraph, .preformatted, .rule: false
        default: true
        }
    }
}
