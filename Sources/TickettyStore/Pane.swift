/// The panes that can have the keyboard focus.
public enum Pane: String, Hashable, Sendable, CaseIterable {
    case list, timeline, compose
}
