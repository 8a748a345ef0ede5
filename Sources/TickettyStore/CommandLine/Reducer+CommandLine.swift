import TickettyCore

extension State {
    /// `:`: opens an empty command line.
    mutating func startCommandLine() {
        overlay = .commandLine(CommandLineInput())
    }

    /// Commands while the command line is open: Tab completes, Enter runs the line. Returns
    /// `nil` when the command is not the command line's to handle.
    mutating func handleInCommandLine(_ command: Command, input: CommandLineInput) -> [Effect]? {
        switch command {
        case .completeCommandLine:
            overlay = .commandLine(Self.completed(input, in: self))
            return []
        case .confirmSelection, .openSelected:
            overlay = nil
            do {
                let parsed = try CommandLineParser.parse(input.text, in: self)
                // The line itself never runs another line; `:command-line` would only reopen it.
                if parsed == .startCommandLine || parsed == .completeCommandLine { return [] }
                return handle(parsed)
            } catch {
                message = .error(error.message)
                return []
            }
        default:
            return nil
        }
    }

    /// Typing on the command line; any edit drops the candidates Tab showed.
    mutating func editCommandLine(_ edit: TextEdit, input: CommandLineInput) {
        var input = input
        if input.text.applyFieldEdit(edit) { input.candidates = [] }
        overlay = .commandLine(input)
    }

    /// Tab: a single candidate replaces the word being typed (followed by a blank when an
    /// argument comes next); several extend it to what they share and are listed. A whole
    /// command word that takes an argument gets its blank.
    static func completed(_ input: CommandLineInput, in state: State) -> CommandLineInput {
        let candidates = CommandLineParser.completions(for: input.text, in: state)
        let endsInBlank = input.text.last?.isWhitespace ?? false
        let words = input.text.split(whereSeparator: \.isWhitespace)
        let isFirstWord = words.count + (endsInBlank ? 1 : 0) <= 1
        // `assign` matches inside names, so its whole argument is the word to replace; other
        // commands (`tag vip bil`) keep every word but the one being typed.
        let kept = isFirstWord ? [] : words.first?.lowercased() == "assign" ? Array(words.prefix(1))
            : Array(endsInBlank ? words[...] : words.dropLast())
        let stem = kept.isEmpty ? "" : kept.joined(separator: " ") + " "
        guard let first = candidates.first else { return CommandLineInput(text: input.text) }
        // "status" is also the start of "status-menu": once the word is whole, Tab moves on to
        // its argument.
        if isFirstWord, CommandLineParser.argumentCommands.contains(input.text) {
            return CommandLineInput(text: input.text + " ")
        }
        if candidates.count == 1 {
            let needsArgument = isFirstWord && CommandLineParser.argumentCommands.contains(first)
            return CommandLineInput(text: stem + first + (needsArgument ? " " : ""))
        }
        let shared = candidates.dropFirst().reduce(first) { common, next in String(common.commonPrefix(with: next)) }
        let typed = isFirstWord ? input.text : String(input.text.dropFirst(stem.count))
        let text = shared.count > typed.count && shared.hasPrefix(typed) ? stem + shared : input.text
        return CommandLineInput(text: text, candidates: candidates)
    }
}

extension String {
    /// The longest start this string shares with `other`.
    fileprivate func commonPrefix(with other: String) -> Substring {
        var end = startIndex
        var otherIndex = other.startIndex
        while end < endIndex, otherIndex < other.endIndex, self[end] == other[otherIndex] {
            end = index(after: end)
            otherIndex = other.index(after: otherIndex)
        }
        return self[..<end]
    }
}
