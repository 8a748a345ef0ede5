/// A key press, decoded from the terminal's input.
///
/// The terminal layer turns raw input (escape sequences, ncurses key codes) into these values;
/// everything above it speaks only `Key`.
public enum Key: Hashable, Sendable {
    /// A printable character (any script, including wide characters and emoji).
    case character(Character)
    /// Ctrl plus a letter, lowercased: Ctrl-S is `.control("s")`.
    case control(Character)
    /// Alt (Meta) plus a character: Esc followed quickly by `x` is `.alt("x")`.
    case alt(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1 to F12.
    case function(Int)
    /// The terminal gained or lost focus (focus reporting).
    case focusIn, focusOut
}
