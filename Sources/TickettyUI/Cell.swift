/// A colour as a theme names it.
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright).
    case ansi(UInt8)
    /// One of the 256 indexed colours; terminals with fewer colours get the nearest ANSI one.
    case indexed(UInt8)
}

/// Text attributes a cell can carry.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let italic = TextAttributes(rawValue: 1 << 2)
    public static let underline = TextAttributes(rawValue: 1 << 3)
    public static let reverse = TextAttributes(rawValue: 1 << 4)
}

/// How a cell looks: colours and attributes, resolved from the theme.
public struct CellStyle: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: TextAttributes

    public init(foreground: TerminalColor = .default, background: TerminalColor = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = CellStyle()
}

/// One screen position: a grapheme and its style.
///
/// A wide grapheme (CJK, emoji) occupies its cell and the next; the next cell is a
/// continuation with empty `text`. `text` never holds a control character: the buffer refuses
/// them when writing, so nothing from the network can reach the terminal as a command.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster, " " for blank, or "" for the right half of a wide grapheme.
    public var text: String
    public var style: CellStyle

    public init(text: String = " ", style: CellStyle = .plain) {
        self.text = text
        self.style = style
    }

    public static let blank = Cell()

    /// Whether this cell is the right half of a wide grapheme drawn in the cell before it.
    public var isContinuation: Bool { text.isEmpty }
}
