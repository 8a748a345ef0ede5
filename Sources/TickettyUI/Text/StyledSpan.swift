/// A run of text in one theme role: the unit panes compose lines from.
public struct StyledSpan: Hashable, Sendable {
    public var text: String
    public var role: ThemeRole

    public init(_ text: String, _ role: ThemeRole) {
        self.text = text
        self.role = role
    }
}

/// One line of a pane: spans drawn left to right.
public struct StyledLine: Hashable, Sendable {
    public var spans: [StyledSpan]

    public init(_ spans: [StyledSpan]) { self.spans = spans }
    public init(_ text: String, _ role: ThemeRole) { self.spans = [StyledSpan(text, role)] }

    public static let blank = StyledLine([])
}
