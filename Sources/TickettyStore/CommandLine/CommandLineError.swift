/// Why a `:` command line could not be turned into a command; `message` is what the status line
/// shows.
public enum CommandLineError: Error, Hashable, Sendable {
    /// Nothing but blanks was typed.
    case empty
    /// The first word names no command.
    case unknownCommand(String)
    /// The command needs a word it did not get, or got one it does not know.
    case badArgument(command: String, argument: String, expected: [String])
    /// `:open` got something other than a ticket number.
    case notATicketNumber(String)
    /// `:assign` matched no group or agent.
    case noAssignee(String)
    /// `:assign` matched several groups or agents and none exactly.
    case ambiguousAssignee(String, matches: [String])

    /// The sentence for the status line.
    public var message: String {
        switch self {
        case .empty: "No command typed"
        case .unknownCommand(let word): "Unknown command: \(word)"
        case .badArgument(let command, let argument, let expected):
            argument.isEmpty
                ? "\(command) needs one of: \(expected.joined(separator: ", "))"
                : "\(command): unknown \"\(argument)\"; expected one of: \(expected.joined(separator: ", "))"
        case .notATicketNumber(let text):
            text.isEmpty ? "open needs a ticket number" : "open needs a ticket number, not \"\(text)\""
        case .noAssignee(let text): "No group or agent matches \"\(text)\""
        case .ambiguousAssignee(let text, let matches):
            "\"\(text)\" matches several: \(matches.prefix(5).joined(separator: ", "))"
        }
    }
}
