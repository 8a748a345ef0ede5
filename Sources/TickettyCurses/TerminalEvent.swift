import TickettyUI

/// Something the terminal reported: a key press or a new size.
public enum TerminalEvent: Hashable, Sendable {
    /// A decoded key press.
    case key(Key)
    /// The terminal was resized; the screen must be laid out and drawn again.
    case resized
}
