/// The one-line prompt over the status line that `e` (title) and `t` (tags) open.
///
/// Enter applies it to the tickets a command would change (``State/commandTargets``), Esc
/// drops it and changes nothing.
public struct TextPrompt: Hashable, Sendable {
    /// What the line is for.
    public enum Purpose: Hashable, Sendable {
        /// The new title of one ticket; the field starts with the current title.
        case title
        /// The tags of the targets; the field starts with the tags they all share (kept here,
        /// so a shared tag deleted from the line is removed; see ``TagEdit``).
        case tags(shared: [String])
    }

    public var purpose: Purpose
    public var field: LineField

    public init(purpose: Purpose, field: LineField) {
        self.purpose = purpose
        self.field = field
    }
}
