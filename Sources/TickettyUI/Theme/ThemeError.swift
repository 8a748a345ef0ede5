/// Why a theme file could not be used; each case names the file so the agent can fix it.
public enum ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// The file is not valid TOML.
    case syntax(file: String, line: Int, column: Int, message: String)
    /// The file has no `[roles]` table, or something other than a table there.
    case missingRoles(file: String)
    /// A role name the theme does not know.
    case unknownRole(String, file: String)
    /// A role's value is not a table, or has a key or value that makes no sense.
    case invalidStyle(role: String, detail: String, file: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): cannot read theme (\(reason))"
        case .syntax(let file, let line, let column, let message):
            "\(file):\(line):\(column): \(message)"
        case .missingRoles(let file):
            "\(file): a theme needs a [roles] table"
        case .unknownRole(let role, let file):
            "\(file): unknown role \"\(role)\"; known roles: \(ThemeRole.allCases.map(\.rawValue).joined(separator: ", "))"
        case .invalidStyle(let role, let detail, let file):
            "\(file): role \"\(role)\": \(detail)"
        }
    }
}

extension ThemeError: TOMLFileError {}
