extension Draft {
    /// Applies an editing key at the cursor.
    ///
    /// The cursor counts grapheme clusters, so an emoji, a flag or a letter with its accents is
    /// one step for the arrows and one deletion for Backspace. Up and down move by logical
    /// lines (separated by newlines), keeping the column where the next line is long enough.
    ///
    /// ```swift
    /// var draft = Draft(ticketID: 7, kind: .reply, text: "日本👍🏽", cursor: 3)
    /// draft.apply(.deleteBackward) // text "日本", cursor 2
    /// ```
    public mutating func apply(_ edit: TextEdit) {
        var characters = Array(text)
        var at = min(max(cursor, 0), characters.count)
        switch edit {
        case .insert(let typed):
            insert(Draft.sanitized(typed), into: characters, at: at)
            return
        case .newline:
            insert("\n", into: characters, at: at)
            return
        case .deleteBackward:
            guard at > 0 else { return }
            characters.remove(at: at - 1)
            at -= 1
        case .deleteForward:
            guard at < characters.count else { return }
            characters.remove(at: at)
        case .moveLeft:
            at = max(0, at - 1)
        case .moveRight:
            at = min(characters.count, at + 1)
        case .moveToLineStart:
            at = Draft.lineStart(in: characters, at: at)
        case .moveToLineEnd:
            at = Draft.lineEnd(in: characters, at: at)
        case .moveUp:
            let start = Draft.lineStart(in: characters, at: at)
            if start == 0 {
                at = 0
            } else {
                let previousStart = Draft.lineStart(in: characters, at: start - 1)
                at = previousStart + min(at - start, start - 1 - previousStart)
            }
        case .moveDown:
            let start = Draft.lineStart(in: characters, at: at)
            let end = Draft.lineEnd(in: characters, at: at)
            if end == characters.count {
                at = end
            } else {
                let nextEnd = Draft.lineEnd(in: characters, at: end + 1)
                at = end + 1 + min(at - start, nextEnd - end - 1)
            }
        }
        text = String(characters)
        // Removing a character can let its neighbours join into one grapheme.
        cursor = min(at, text.count)
    }

    /// The text the agent typed or pasted, made safe to keep: Windows and old Mac line ends
    /// become newlines, and control characters other than newline and tab (escape sequences
    /// from a terminal paste, for instance) are dropped.
    public static func sanitized(_ typed: String) -> String {
        var scalars = String.UnicodeScalarView()
        var afterCarriageReturn = false
        for scalar in typed.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            if scalar == "\r" {
                scalars.append("\n")
            } else if scalar == "\n" {
                if !afterCarriageReturn { scalars.append(scalar) }
            } else if scalar == "\t" || !scalar.isControl {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    private mutating func insert(_ inserted: String, into characters: [Character], at: Int) {
        guard !inserted.isEmpty else { return }
        let before = String(characters[..<at]) + inserted
        text = before + String(characters[at...])
        cursor = min(before.count, text.count)
    }

    private static func lineStart(in characters: [Character], at: Int) -> Int {
        var index = at
        while index > 0, characters[index - 1] != "\n" { index -= 1 }
        return index
    }

    private static func lineEnd(in characters: [Character], at: Int) -> Int {
        var index = at
        while index < characters.count, characters[index] != "\n" { index += 1 }
        return index
    }
}
