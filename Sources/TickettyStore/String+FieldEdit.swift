extension String {
    /// Applies an editing key to a one-line field (the list filter, a picker's filter): typed
    /// text is appended without line breaks or control characters, Backspace removes the last
    /// grapheme, and other keys do nothing. Returns whether the text changed.
    mutating func applyFieldEdit(_ edit: TextEdit) -> Bool {
        switch edit {
        case .insert(let text):
            let clean = text.filter { !$0.isNewline && !$0.unicodeScalars.contains(where: \.isControl) }
            guard !clean.isEmpty else { return false }
            self += clean
            return true
        case .deleteBackward:
            guard !isEmpty else { return false }
            removeLast()
            return true
        default:
            return false
        }
    }
}
