import TickettyStore

/// Which key runs which command, pane by pane: the single table behind key handling and help.
///
/// Like tig's request table and lazygit's bindings, the keymap is data: the defaults live in
/// `Keymap+Defaults.swift`, help is generated from it, and keys bound twice in one pane are
/// reported in ``clashes`` instead of silently shadowing each other.
///
/// ```swift
/// let keymap = Keymap.defaults
/// keymap.command(for: .character("j"), in: .list) // .moveDown
/// ```
public struct Keymap: Hashable, Sendable {
    /// A key bound to more than one command in the same pane.
    public struct Clash: Hashable, Sendable {
        public var pane: Pane
        public var key: Key
        public var commands: [Command]
    }

    /// The bindings of each pane, in help order.
    public private(set) var bindings: [Pane: [KeyBinding]]
    private var table: [Pane: [Key: Command]]
    /// Keys bound twice in one pane; empty for a sound keymap.
    public private(set) var clashes: [Clash]

    /// A keymap from each pane's bindings, in the order help lists them.
    public init(_ bindings: [Pane: [KeyBinding]]) {
        self.bindings = bindings
        self.table = [:]
        self.clashes = []
        for pane in Pane.allCases {
            var keys: [Key: Command] = [:]
            for binding in bindings[pane] ?? [] {
                for key in binding.keys {
                    if let existing = keys[key], existing != binding.command {
                        clashes.append(Clash(pane: pane, key: key, commands: [existing, binding.command]))
                        continue
                    }
                    keys[key] = binding.command
                }
            }
            table[pane] = keys
        }
    }

    /// The command a key runs in a pane, if any.
    public func command(for key: Key, in pane: Pane) -> Command? {
        table[pane]?[key]
    }

    /// The keys that run a command in a pane ("j/↓"), or `nil` when none do.
    public func keyLabel(for command: Command, in pane: Pane) -> String? {
        let keys = (bindings[pane] ?? []).filter { $0.command == command }.flatMap(\.keys)
        guard !keys.isEmpty else { return nil }
        return keys.map(\.label).joined(separator: "/")
    }

    /// Every binding of a pane with its description, grouped by section.
    public func helpEntries(for pane: Pane) -> [HelpEntry] {
        var order: [Command] = []
        var keys: [Command: [Key]] = [:]
        for binding in bindings[pane] ?? [] {
            if keys[binding.command] == nil { order.append(binding.command) }
            keys[binding.command, default: []].append(contentsOf: binding.keys)
        }
        let entries = order.map { command in
            HelpEntry(
                keys: (keys[command] ?? []).map(\.label).joined(separator: "/"),
                description: command.help, group: command.group, command: command)
        }
        // A stable sort keeps the table's order within each section.
        return entries.enumerated()
            .sorted { ($0.element.group, $0.offset) < ($1.element.group, $1.offset) }
            .map(\.element)
    }

    /// The help entries of a pane whose keys or description contain every word of `filter`
    /// (ignoring case): what the help overlay lists and what Enter there runs.
    public func helpEntries(for pane: Pane, matching filter: String) -> [HelpEntry] {
        let words = filter.lowercased().split(whereSeparator: \.isWhitespace)
        let all = helpEntries(for: pane)
        guard !words.isEmpty else { return all }
        return all.filter { entry in
            let haystack = (entry.keys + " " + entry.description + " " + entry.group.title).lowercased()
            return words.allSatisfy { haystack.contains($0) }
        }
    }
}
