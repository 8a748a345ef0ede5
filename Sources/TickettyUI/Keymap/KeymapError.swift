import TickettyStore

/// Why a keys file could not be used; each case names the file.
public enum KeymapError: Error, Hashable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case syntax(file: String, line: Int, column: Int, message: String)
    /// A table other than [browsing], [list], [timeline] or [compose].
    case unknownSection(String, file: String)
    case unknownKey(String, section: String, file: String)
    case unknownCommand(String, key: String, section: String, file: String)
    /// Compose takes printable keys as text, so they cannot run commands there.
    case printableKeyInCompose(String, file: String)

    public var description: String { description(sectionsUnder: "") }

    /// The message with each section written as `prefix` plus its name, for files that hold
    /// the bindings under a table of their own (`config.toml`'s `[keys.list]` is "keys.").
    public func description(sectionsUnder prefix: String) -> String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): cannot read keys (\(reason))"
        case .syntax(let file, let line, let column, let message):
            "\(file):\(line):\(column): \(message)"
        case .unknownSection(let section, let file):
            "\(file): unknown section [\(prefix)\(section)]; use [\(prefix)browsing], [\(prefix)list], "
                + "[\(prefix)timeline] or [\(prefix)compose]"
        case .unknownKey(let key, let section, let file):
            "\(file): [\(prefix)\(section)] unknown key \"\(key)\" (write keys like \"j\", \"ctrl-s\", \"pgdn\", \"f1\")"
        case .unknownCommand(let command, let key, let section, let file):
            "\(file): [\(prefix)\(section)] \"\(key)\" = \"\(command)\": unknown command; known: none, "
                + Command.bindable.compactMap(\.name).joined(separator: ", ")
        case .printableKeyInCompose(let key, let file):
            "\(file): [\(prefix)compose] \"\(key)\" is text while writing; bind a ctrl- or function key instead"
        }
    }
}

extension KeymapError: TOMLFileError {}
