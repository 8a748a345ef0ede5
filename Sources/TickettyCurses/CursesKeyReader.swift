import CNCursesW

/// Reads everything pending on standard input, once `poll()` has said it is readable, and
/// decodes it into events.
///
/// The window is in no-delay mode, so reading stops at the first `ERR` instead of blocking;
/// the loop never waits here, it waits in `poll()`.
public final class CursesKeyReader {
    private let window: UnsafeMutablePointer<WINDOW>
    private let decoder: KeyDecoder

    init(window: UnsafeMutablePointer<WINDOW>, decoder: KeyDecoder) {
        self.window = window
        self.decoder = decoder
    }

    /// The events typed since the last call; empty if nothing was pending.
    public func readEvents() -> [TerminalEvent] {
        var input: [RawInput] = []
        var character: wint_t = 0
        // A paste can be long; the cap only keeps one wake-up from starving redraws.
        while input.count < 4096 {
            let result = wget_wch(window, &character)
            if result == KEY_CODE_YES {
                input.append(.keyCode(Int32(bitPattern: character)))
            } else if result == OK {
                input.append(.character(UInt32(character)))
            } else {
                break
            }
        }
        return decoder.decode(input)
    }
}
