import CNCursesW
import TickettyUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncursesw.
///
/// Owns the screen from `init` until ``restore()``: raw mode (so Ctrl-S, Ctrl-C and Ctrl-Z
/// arrive as keys), no echo, keypad decoding with a short Esc delay, colours when the terminal
/// has them and `NO_COLOR` is unset, and focus reporting. Use it from one thread only: the one
/// that runs the input loop.
public final class CursesTerminal: TerminalDevice {
    /// Reads and decodes pending keys; poll standard input, then call its `readEvents()`.
    public let keyReader: CursesKeyReader

    private let window: UnsafeMutablePointer<WINDOW>
    private let colors: ColorMapping?
    private let pairs: ColorPairs
    private var cursorVisible = true
    private var isActive = true

    /// Takes over the terminal.
    ///
    /// - Parameter environment: Consulted for `TERM` and `NO_COLOR`.
    /// - Throws: ``TerminalError`` when standard input/output is not a terminal or `TERM` is unknown.
    public init(environment: [String: String]) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        // Without the locale ncurses treats every byte above 0x7F as a separate character.
        setlocale(LC_ALL, "")
        var originalModes = termios()
        tcgetattr(STDIN_FILENO, &originalModes)

        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r") else {
            throw .system("fdopen() failed")
        }
        guard newterm(nil, output, input) != nil else {
            throw .unknownTerminal(environment["TERM"] ?? "")
        }
        guard let window = newwin(0, 0, 0, 0) else {
            endwin()
            throw .system("newwin() failed")
        }
        self.window = window
        raw()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        nodelay(window, true)
        set_escdelay(25)

        let wantsColor = (environment["NO_COLOR"] ?? "").isEmpty
        if wantsColor && has_colors() {
            start_color()
            use_default_colors()
            colors = ColorMapping(colorCount: Int(max(8, tigetnum("colors"))))
            pairs = ColorPairs(capacity: Int(max(0, tigetnum("pairs")))) { pair, foreground, background in
                init_pair(pair, foreground, background)
            }
        } else {
            colors = nil
            pairs = ColorPairs(capacity: 0) { _, _, _ in }
        }
        keyReader = CursesKeyReader(
            window: window,
            decoder: KeyDecoder(
                focusInCode: Self.keyCode(for: Self.focusInSequence),
                focusOutCode: Self.keyCode(for: Self.focusOutSequence)))

        setCursorVisible(false)
        Self.writeToTerminal(Self.enableFocusReporting)
        FatalSignalGuard.arm(termios: originalModes, restoreSequence: Self.restoreSequence())
    }

    deinit {
        restore()
    }

    // MARK: TerminalDevice

    public var size: Size {
        Size(columns: Int(max(0, getmaxx(window))), rows: Int(max(0, getmaxy(window))))
    }

    public func apply(_ updates: [CellUpdate], cursor: Position?) {
        guard isActive else { return }
        var character = cchar_t()
        for update in updates where !update.cell.isContinuation {
            setCharacter(&character, for: update.cell)
            mvwadd_wch(window, Int32(update.position.row), Int32(update.position.column), &character)
        }
        if let cursor {
            wmove(window, Int32(cursor.row), Int32(cursor.column))
            setCursorVisible(true)
        } else {
            setCursorVisible(false)
        }
        wnoutrefresh(window)
        doupdate()
    }

    public func invalidate() {
        clearok(window, true)
    }

    // MARK: Lifecycle

    /// Reads the new size from the terminal and resizes the screen to it (after `SIGWINCH`).
    /// The next frame must redraw everything.
    public func updateSize() {
        var dimensions = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &dimensions) == 0,
            dimensions.ws_row > 0, dimensions.ws_col > 0
        else { return }
        resizeterm(Int32(dimensions.ws_row), Int32(dimensions.ws_col))
        wresize(window, Int32(dimensions.ws_row), Int32(dimensions.ws_col))
        werase(window)
        invalidate()
    }

    /// Hands the terminal back to the shell for a child program such as `$EDITOR`.
    public func suspend() {
        guard isActive else { return }
        Self.writeToTerminal(Self.disableFocusReporting)
        def_prog_mode()
        endwin()
    }

    /// Takes the terminal back after ``suspend()`` and repaints everything.
    public func resume() {
        guard isActive else { return }
        reset_prog_mode()
        Self.writeToTerminal(Self.enableFocusReporting)
        updateSize()
        wrefresh(window)
    }

    /// Gives the terminal back for good: normal modes, main screen, visible cursor. Safe to call
    /// more than once; call it before printing anything after the TUI was up.
    public func restore() {
        guard isActive else { return }
        isActive = false
        Self.writeToTerminal(Self.disableFocusReporting)
        curs_set(1)
        endwin()
        FatalSignalGuard.disarm()
    }

    // MARK: Drawing

    private func setCharacter(_ character: inout cchar_t, for cell: Cell) {
        var attributes = CursesAttributes.bits(for: cell.style.attributes)
        var pair: Int16 = 0
        if let colors {
            pair = pairs.pair(
                foreground: colors.number(for: cell.style.foreground),
                background: colors.number(for: cell.style.background))
            if colors.needsBoldForBrightness(cell.style.foreground) { attributes |= CursesAttributes.bold }
        }
        // A grapheme is drawn as one cchar_t: its base character and the combining marks after
        // it. ncurses refuses a cluster whose later scalars are not combining (some emoji
        // sequences), so those fall back to the base character alone.
        var scalars = Self.scalars(of: cell.text)
        if setcchar(&character, &scalars, attributes, pair, nil) != OK {
            var base: [wchar_t] = [scalars[0], 0]
            if setcchar(&character, &base, attributes, pair, nil) != OK {
                var replacement: [wchar_t] = [0x3F, 0]
                setcchar(&character, &replacement, attributes, pair, nil)
            }
        }
    }

    /// The grapheme's scalars as a NUL-terminated wide string of at most `CCHARW_MAX` characters.
    /// Control characters never get here (the cell buffer refuses them); should one slip
    /// through it is drawn as "?" rather than sent to the terminal.
    static func scalars(of text: String) -> [wchar_t] {
        var scalars: [wchar_t] = []
        for scalar in text.unicodeScalars.prefix(Int(CCHARW_MAX)) {
            let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            scalars.append(wchar_t(bitPattern: isControl ? 0x3F : scalar.value))
        }
        if scalars.isEmpty { scalars.append(0x20) }
        scalars.append(0)
        return scalars
    }

    private func setCursorVisible(_ visible: Bool) {
        guard visible != cursorVisible else { return }
        cursorVisible = visible
        curs_set(visible ? 1 : 0)
    }

    // MARK: Terminal sequences

    private static let focusInSequence = "\u{1B}[I"
    private static let focusOutSequence = "\u{1B}[O"
    private static let enableFocusReporting = "\u{1B}[?1004h"
    private static let disableFocusReporting = "\u{1B}[?1004l"

    private static func keyCode(for sequence: String) -> Int32? {
        let code = key_defined(sequence)
        return code > 0 ? code : nil
    }

    /// What the crash handler writes: focus reporting off, the terminal's own "leave
    /// full-screen", "show cursor" and "plain attributes" strings.
    private static func restoreSequence() -> [UInt8] {
        var bytes = Array(disableFocusReporting.utf8)
        for capability in ["rmcup", "cnorm", "sgr0"] {
            // tigetstr returns (char *)-1 for a capability that is not a string.
            guard let value = tigetstr(capability), Int(bitPattern: value) != -1 else { continue }
            bytes.append(contentsOf: Array(String(cString: value).utf8))
        }
        return bytes
    }

    private static func writeToTerminal(_ sequence: String) {
        var bytes = Array(sequence.utf8)
        _ = write(STDOUT_FILENO, &bytes, bytes.count)
    }
}
