import HTMLText

/// A terminal without a screen: keeps the cells it is sent, for tests and benchmarks.
///
/// ```swift
/// let terminal = HeadlessTerminal(size: Size(columns: 40, rows: 12))
/// screen.render(state, on: terminal)
/// XCTAssertEqual(terminal.lines[0], "…")
/// ```
public final class HeadlessTerminal: TerminalDevice {
    /// What the screen shows now.
    public private(set) var buffer: CellBuffer
    /// Where the cursor was placed by the last frame (`nil` when hidden).
    public private(set) var cursor: Position?
    /// The updates of the last frame, to check that diffs stay small.
    public private(set) var lastUpdates: [CellUpdate] = []
    /// How many frames were applied.
    public private(set) var frameCount = 0
    /// How many times `invalidate()` was called.
    public private(set) var invalidationCount = 0

    /// A blank screen of `size`.
    public init(size: Size) {
        buffer = CellBuffer(size: size)
    }

    public var size: Size { buffer.size }

    /// Stores the cells; a wide grapheme covers its right neighbour, as on a real terminal.
    public func apply(_ updates: [CellUpdate], cursor: Position?) {
        lastUpdates = updates
        frameCount += 1
        self.cursor = cursor
        for update in updates {
            let position = update.position
            guard position.row >= 0, position.row < buffer.size.rows, position.column >= 0 else { continue }
            let text = update.cell.text.isEmpty ? " " : update.cell.text
            // Writing through the buffer keeps the headless screen as strict as a real one.
            buffer.write(text, at: position, style: update.cell.style, maxWidth: 2)
        }
    }

    /// Blanks the screen, as a real terminal clears before a full redraw.
    public func invalidate() {
        invalidationCount += 1
        buffer.resize(to: buffer.size)
    }

    /// Changes the screen size (as a terminal resize would), blanking it.
    public func resize(to size: Size) {
        buffer.resize(to: size)
    }

    /// The screen as text, one string per row; a wide grapheme appears once.
    public var lines: [String] {
        (0..<buffer.size.rows).map { row in
            var line = ""
            for column in 0..<buffer.size.columns {
                line += buffer[column, row].text
            }
            return line
        }
    }

    /// The style at a position.
    public func style(at position: Position) -> CellStyle { buffer[position].style }

    /// The cell at a position.
    public func cell(at position: Position) -> Cell { buffer[position] }
}
