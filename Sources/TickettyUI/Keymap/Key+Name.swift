extension Key {
    /// Reads a key as keys files write it: "j", "G", "space", "enter", "esc", "tab",
    /// "shift-tab", "backspace", "delete", "up", "pgdn", "home", "f1", "ctrl-s", "alt-x".
    public init?(name: String) {
        let lower = name.lowercased()
        if name.count == 1, let character = name.first {
            self = .character(character)
            return
        }
        if let named = Self.named[lower] {
            self = named
            return
        }
        for (prefix, make) in [("ctrl-", Key.control), ("alt-", Key.alt)] where lower.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard rest.count == 1, let character = rest.first else { return nil }
            self = make(prefix == "ctrl-" ? Character(character.lowercased()) : character)
            return
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
            self = .function(number)
            return
        }
        return nil
    }

    private static let named: [String: Key] = [
        "space": .character(" "), "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "tab": .tab, "shift-tab": .backTab, "backspace": .backspace, "delete": .delete, "del": .delete,
        "insert": .insert, "up": .up, "down": .down, "left": .left, "right": .right, "home": .home,
        "end": .end, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
    ]
}
