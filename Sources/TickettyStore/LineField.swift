/// A one-line text field with a cursor: the `e` title prompt, the `t` tags prompt and the
/// fields of the new-ticket form.
///
/// The cursor counts characters (grapheme clusters), so an emoji or an accented letter is one
/// step. Typed line breaks and control characters are dropped, so the text stays one line.
///
/// ```swift
/// var field = LineField("Printer on fire")
/// field.apply(.moveToLineStart)
/// field.apply(.insert("Re: ")) // "Re: Printer on fire", cursor 4
/// ```
public struct LineField: Hashable, Sendable {
    public private(set) var text: String
    /// Characters before the cursor.
    public private(set) var cursor: Int

    /// A field holding `text`, the cursor at its end.
    public init(_ text: String = "") {
        self.text = ""
        self.cursor = 0
        apply(.insert(text))
    }

    /// Applies an editing key; keys that mean nothing on one line (up, down, newline) are ignored.
    public mutating func apply(_ edit: TextEdit) {
        var characters = Array(text)
        cursor = min(max(cursor, 0), characters.count)
        switch edit {
        case .insert(let typed):
            let clean = typed.filter { !$0.isNewline && !$0.unicodeScalars.contains(where: \.isControl) }
            characters.insert(contentsOf: clean, at: cursor)
            cursor += clean.count
        case .deleteBackward:
            guard cursor > 0 else { return }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .deleteForward:
            guard cursor < characters.count else { return }
            characters.remove(at: cursor)
        case .moveLeft: cursor = max(0, cursor - 1)
        case .moveRight: cursor = min(characters.count, cursor + 1)
        case .moveToLineStart: cursor = 0
        case .moveToLineEnd: cursor = characters.count
        case .newline, .moveUp, .moveDown: return
        }
        text = String(characters)
    }
}
