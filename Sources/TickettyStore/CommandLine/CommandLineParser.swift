import Foundation
import TickettyCore

/// Turns what was typed after `:` into a `Command`, and offers completions for it.
///
/// Pure, so the reducer runs it on Enter and the UI can call it too. Every key-bindable command
/// is accepted by its name ("refresh", "set-status:closed"); the parser adds the spellings meant
/// for typing: `status solved`, `priority high`, `assign fin` (a group or agent, ignoring case
/// and accents), `open 858462`, `tag vip -spam`, `untag vip`, `title New words`, `view urgent`
/// (a saved view, or `view all`), `reply`, `note`, `quit`, `help` (and by name: `delete`,
/// `unlink`, `create`).
///
/// ```swift
/// let command = try CommandLineParser.parse("status solved", in: state)
/// // .setStatus(.solved)
/// ```
public enum CommandLineParser {
    /// The command words that take an argument, and the words a user types without one.
    static let argumentCommands = ["status", "priority", "assign", "open", "tag", "untag", "title", "view"]
    static let plainCommands: [String: Command] = [
        "reply": .startReply, "note": .startNote, "quit": .quit, "help": .showHelp,
    ]

    /// The command `line` asks for, judged against `state` (for `assign`'s groups and agents).
    public static func parse(_ line: String, in state: State) throws(CommandLineError) -> Command {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let word = words.first else { throw .empty }
        let argument = words.dropFirst().joined(separator: " ")
        switch word.lowercased() {
        case "status":
            guard let status = TicketStatus(rawValue: argument.lowercased()) else {
                throw .badArgument(command: word, argument: argument, expected: TicketStatus.allCases.map(\.rawValue))
            }
            return .setStatus(status)
        case "priority":
            guard let priority = TicketPriority(rawValue: argument.lowercased()) else {
                throw .badArgument(command: word, argument: argument, expected: TicketPriority.allCases.map(\.rawValue))
            }
            return .setPriority(priority)
        case "assign":
            return .assign(try assignee(matching: argument, in: state))
        case "view":
            return .applyView(named: argument)
        case "open":
            let digits = argument.hasPrefix("#") ? String(argument.dropFirst()) : argument
            guard let number = Int(digits), number > 0 else {
                throw .notATicketNumber(argument)
            }
            return .openTicket(TicketID(rawValue: number))
        case "tag", "untag":
            // Bare `:tag` opens the prompt, where the current tags can be seen.
            if argument.isEmpty { return .openTagPrompt }
            let edit = TagEdit.parse(argument, plainWordsAdd: word.lowercased() == "tag")
            guard !edit.isEmpty else { throw .badArgument(command: word, argument: argument, expected: ["a tag"]) }
            return .updateTags(adding: edit.adding, removing: edit.removing)
        case "title":
            // The title keeps its own spacing, only trimmed at the ends.
            let typed = line.drop { $0.isWhitespace }.dropFirst(word.count)
            let title = typed.trimmingCharacters(in: .whitespaces)
            return title.isEmpty ? .editTitle : .setTitle(title)
        default:
            if argument.isEmpty, let command = plainCommands[word.lowercased()] ?? Command(name: word) { return command }
            throw .unknownCommand(words.joined(separator: " "))
        }
    }

    /// What Tab may put in place of the word being typed (the last one), in order. For the first
    /// word these are command names; after `status`, `priority` and `assign` their arguments.
    public static func completions(for line: String, in state: State) -> [String] {
        let endsInBlank = line.last?.isWhitespace ?? false
        var words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        let partial = endsInBlank ? "" : (words.popLast() ?? "")
        let folded = TextFolding.fold(partial)
        guard let command = words.first?.lowercased() else {
            let names = Set(argumentCommands + plainCommands.keys + Command.bindable.compactMap(\.name)).sorted()
            return names.filter { $0.hasPrefix(folded) }
        }
        switch command {
        case "tag", "untag":
            // `-vi` completes to `-vip`: the sign stays in front of the tag.
            let sign = partial.first.map { $0 == "+" || $0 == "-" ? String($0) : "" } ?? ""
            let stem = TextFolding.fold(String(partial.dropFirst(sign.count)))
            let offered = command == "untag" || sign == "-" ? targetTags(in: state) : knownTags(in: state)
            return offered.filter { TextFolding.fold($0).hasPrefix(stem) }.map { sign + $0 }
        case "status": return TicketStatus.allCases.map(\.rawValue).filter { $0.hasPrefix(folded) }
        case "priority": return TicketPriority.allCases.map(\.rawValue).filter { $0.hasPrefix(folded) }
        case "assign":
            // An assignee's name may have several words; every typed word must appear in it.
            let typed = (words.dropFirst() + [partial]).map(TextFolding.fold).filter { !$0.isEmpty }
            return state.assignChoices.map(\.name).filter { name in
                let foldedName = TextFolding.fold(name)
                return typed.allSatisfy(foldedName.contains)
            }
        case "view":
            // Like `assign`: a view's name may have several words, all of which must appear.
            let typed = (words.dropFirst() + [partial]).map(TextFolding.fold).filter { !$0.isEmpty }
            return state.viewChoices.map { $0?.name ?? State.allTicketsName }.filter { name in
                let foldedName = TextFolding.fold(name)
                return typed.allSatisfy(foldedName.contains)
            }
        default: return []
        }
    }

    /// Every tag on the tickets loaded, sorted: what `:tag` may add.
    static func knownTags(in state: State) -> [String] {
        var seen: Set<String> = []
        for ticket in state.tickets.values { seen.formUnion(ticket.tags) }
        return seen.sorted()
    }

    /// The tags on the tickets a command would change: what `:untag` may remove.
    static func targetTags(in state: State) -> [String] {
        Set(state.commandTargets.compactMap { state.tickets[$0] }.flatMap(\.tags)).sorted()
    }

    /// The one group or agent `text` names: an exact match (ignoring case and accents) wins,
    /// otherwise the only choice containing every typed word.
    static func assignee(matching text: String, in state: State) throws(CommandLineError) -> Assignee {
        let words = text.split(whereSeparator: \.isWhitespace).map { TextFolding.fold(String($0)) }
        guard !words.isEmpty else {
            throw .badArgument(command: "assign", argument: "", expected: state.assignChoices.map(\.name))
        }
        let choices = state.assignChoices
        let exact = choices.filter { TextFolding.fold($0.name) == words.joined(separator: " ") }
        if exact.count == 1 { return exact[0] }
        let matches = choices.filter { choice in
            let name = TextFolding.fold(choice.name)
            return words.allSatisfy(name.contains)
        }
        guard let first = matches.first else { throw .noAssignee(text) }
        guard matches.count == 1 else { throw .ambiguousAssignee(text, matches: matches.map(\.name)) }
        return first
    }
}
