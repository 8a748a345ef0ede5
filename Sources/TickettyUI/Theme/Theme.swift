import TickettyCore

/// The styles of every ``ThemeRole``: what the screen looks like.
///
/// Themes come from TOML files (see `Theme+TOML.swift`); roles a file leaves out keep the
/// built-in default's style.
///
/// ```swift
/// let theme = Theme.builtInDefault
/// let style = theme[.selectedRow]
/// ```
public struct Theme: Hashable, Sendable {
    /// Styles by role; every role is present.
    private var styles: [CellStyle]

    /// A theme where every role has `style`.
    public init(uniform style: CellStyle = .plain) {
        styles = Array(repeating: style, count: ThemeRole.allCases.count)
    }

    /// A theme from a table of styles; missing roles fall back to `fallback`.
    public init(_ table: [ThemeRole: CellStyle], fallback: Theme? = nil) {
        var theme = fallback ?? Theme(uniform: .plain)
        for (role, style) in table { theme[role] = style }
        self = theme
    }

    /// The style of a role.
    public subscript(role: ThemeRole) -> CellStyle {
        get { styles[Self.index(of: role)] }
        set { styles[Self.index(of: role)] = newValue }
    }

    /// The style for a ticket status.
    public func style(for status: TicketStatus) -> CellStyle { self[.status(status)] }

    /// The style for a ticket priority.
    public func style(for priority: TicketPriority) -> CellStyle { self[.priority(priority)] }

    private static let indexes: [ThemeRole: Int] = Dictionary(
        uniqueKeysWithValues: ThemeRole.allCases.enumerated().map { ($1, $0) })

    private static func index(of role: ThemeRole) -> Int { indexes[role] ?? 0 }
}
