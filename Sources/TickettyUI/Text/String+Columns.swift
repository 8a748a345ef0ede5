import HTMLText

extension String {
    /// The start of the text within `columns` display columns, ending in "…" when cut.
    func keepingStart(within columns: Int) -> String {
        guard DisplayWidth.of(self) > columns else { return self }
        var kept = ""
        var used = 0
        for character in self {
            let width = DisplayWidth.of(character)
            if used + width > columns - 1 { break }
            kept.append(character)
            used += width
        }
        return kept + "…"
    }

    /// The end of the text within `columns` display columns, starting with "…" when cut:
    /// where a line is being typed, its end is what matters.
    func keepingEnd(within columns: Int) -> String {
        guard DisplayWidth.of(self) > columns else { return self }
        var kept: [Character] = []
        var used = 0
        for character in reversed() {
            let width = DisplayWidth.of(character)
            if used + width > columns - 1 { break }
            kept.append(character)
            used += width
        }
        return "…" + String(kept.reversed())
    }
}
