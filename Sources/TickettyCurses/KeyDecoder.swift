import CNCursesW
import TickettyUI

/// Turns the input read in one go (everything pending after `poll()` woke up) into events.
///
/// A lone Esc and Alt+key both start with ESC; they differ only in whether another key is
/// already waiting behind it. ncurses has already waited `ESCDELAY` for a sequence to complete,
/// so whatever follows the ESC in the same batch was typed with it.
struct KeyDecoder: Sendable {
    /// The key codes ncurses assigned to the focus sequences, when the terminfo entry defines them
    /// (then ncurses decodes them itself instead of passing `ESC [ I` through).
    var focusInCode: Int32?
    var focusOutCode: Int32?

    init(focusInCode: Int32? = nil, focusOutCode: Int32? = nil) {
        self.focusInCode = focusInCode
        self.focusOutCode = focusOutCode
    }

    /// Decodes one batch of input, in order.
    func decode(_ input: [RawInput]) -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        var index = input.startIndex
        while index < input.endIndex {
            switch input[index] {
            case .keyCode(let code):
                if let event = event(forKeyCode: code) { events.append(event) }
                index += 1
            case .character(Self.escape):
                let (event, consumed) = decodeEscape(in: input[index...])
                events.append(event)
                index += consumed
            case .character(let code):
                if let key = Self.key(forCharacter: code) { events.append(.key(key)) }
                index += 1
            }
        }
        return events
    }

    /// Decodes an ESC at the start of `input`: a focus report, Alt+character, or Esc alone.
    /// Returns the event and how many inputs it used.
    private func decodeEscape(in input: ArraySlice<RawInput>) -> (TerminalEvent, Int) {
        let rest = Array(input.dropFirst().prefix(2))
        if rest.count == 2, rest[0] == .character(Self.leftBracket) {
            if rest[1] == .character(Self.letterI) { return (.key(.focusIn), 3) }
            if rest[1] == .character(Self.letterO) { return (.key(.focusOut), 3) }
        }
        if case .character(let next)? = rest.first, next != Self.escape,
            case .character(let character)? = Self.key(forCharacter: next)
        {
            return (.key(.alt(character)), 2)
        }
        return (.key(.escape), 1)
    }

    private func event(forKeyCode code: Int32) -> TerminalEvent? {
        if code == KEY_RESIZE { return .resized }
        if let focusInCode, code == focusInCode { return .key(.focusIn) }
        if let focusOutCode, code == focusOutCode { return .key(.focusOut) }
        return Self.key(forKeyCode: code).map(TerminalEvent.key)
    }

    /// The key for an ncurses function key code, or `nil` for codes ticketty does not use.
    static func key(forKeyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_HOME, KEY_FIND: .home
        case KEY_END, KEY_SELECT: .end
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_IC: .insert
        case KEY_BTAB: .backTab
        case KEY_ENTER: .enter
        case (KEY_F0 + 1)...(KEY_F0 + 12): .function(Int(code - KEY_F0))
        default: nil
        }
    }

    /// The key for a character code: Enter, Tab, Backspace and Esc by their control codes,
    /// other control codes as Ctrl+letter, printable characters as themselves. C1 controls and
    /// invalid code points give `nil` so they never reach the keymap as text.
    static func key(forCharacter code: UInt32) -> Key? {
        switch code {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x08, 0x7F: return .backspace
        case escape: return .escape
        case 0x00: return .control(" ")
        case 0x01...0x1A:
            return Unicode.Scalar(code + 0x60).map { .control(Character($0)) }
        case 0x1C...0x1F:
            return Unicode.Scalar(code + 0x40).map { .control(Character($0)) }
        case 0x80...0x9F:
            return nil
        default:
            return Unicode.Scalar(code).map { .character(Character($0)) }
        }
    }

    private static let escape: UInt32 = 0x1B
    private static let leftBracket: UInt32 = 0x5B
    private static let letterI: UInt32 = 0x49
    private static let letterO: UInt32 = 0x4F
}
