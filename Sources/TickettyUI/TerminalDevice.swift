/// A change to one screen position, produced by diffing two buffers.
public struct CellUpdate: Hashable, Sendable {
    public var position: Position
    public var cell: Cell
    public init(position: Position, cell: Cell) {
        self.position = position
        self.cell = cell
    }
}

/// Where frames go: the real terminal (ncurses) or a headless one in tests and benchmarks.
///
/// The renderer diffs each new frame against the previous one and hands the device only the
/// cells that changed, so a key press that moves the cursor one row costs two rows of output.
public protocol TerminalDevice: AnyObject {
    /// The current size of the screen.
    var size: Size { get }
    /// Writes the changed cells and places the cursor (or hides it when `nil`), then shows
    /// the result. Called only when something changed.
    func apply(_ updates: [CellUpdate], cursor: Position?)
    /// Forgets what is on the screen and redraws everything on the next frame (after a resize
    /// or Ctrl-L).
    func invalidate()
}
