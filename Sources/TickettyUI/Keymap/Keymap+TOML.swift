import TOMLKit
import TickettyStore

extension Keymap {
    /// Reads a keys file and applies it over `base`.
    ///
    /// ```toml
    /// [browsing]            # the list and the timeline
    /// "ctrl-r" = "refresh"
    /// [list]
    /// "x" = "set-status:closed"
    /// "/" = "none"          # unbinds
    /// ```
    public static func load(contentsOf path: String, base: Keymap = .defaults) throws(KeymapError) -> Keymap {
        let text: String
        do { text = try TOMLDocument.read(path) } catch { throw KeymapError(error, file: path) }
        return try base.applying(text, file: path)
    }

    /// This keymap with the bindings of a keys file put over it; a key bound in the file
    /// replaces what it did before in that pane.
    public func applying(_ toml: String, file: String) throws(KeymapError) -> Keymap {
        let table: TOMLTable
        do { table = try TOMLDocument.parse(toml) } catch { throw KeymapError(error, file: file) }
        return try applying(table, file: file)
    }

    /// This keymap with the sections of an already parsed table put over it, for files such as
    /// `config.toml` that hold the bindings in a table of their own; `file` names it in errors.
    public func applying(_ table: TOMLTable, file: String) throws(KeymapError) -> Keymap {
        var bindings = self.bindings
        // [browsing] first, so [list] and [timeline] can refine it.
        for section in table.keys.sorted(by: { ($0 == "browsing" ? 0 : 1, $0) < ($1 == "browsing" ? 0 : 1, $1) }) {
            let panes: [Pane]
            if section == "browsing" {
                panes = [.list, .timeline]
            } else if let pane = Pane(rawValue: section) {
                panes = [pane]
            } else {
                throw .unknownSection(section, file: file)
            }
            guard let entries = table[section]?.table else { throw .unknownSection(section, file: file) }
            for keyName in entries.keys.sorted() {
                guard let key = Key(name: keyName) else { throw .unknownKey(keyName, section: section, file: file) }
                let commandName = entries[keyName]?.string ?? ""
                let command: Command?
                if commandName == "none" {
                    command = nil
                } else if let named = Command(name: commandName) {
                    command = named
                } else {
                    throw .unknownCommand(commandName, key: keyName, section: section, file: file)
                }
                if panes.contains(.compose), case .character = key {
                    throw .printableKeyInCompose(keyName, file: file)
                }
                for pane in panes {
                    bindings[pane] = Self.rebinding(key, to: command, in: bindings[pane] ?? [])
                }
            }
        }
        return Keymap(bindings)
    }

    /// The bindings with `key` taken from whatever it ran and given to `command`.
    private static func rebinding(_ key: Key, to command: Command?, in bindings: [KeyBinding]) -> [KeyBinding] {
        var result = bindings.compactMap { binding -> KeyBinding? in
            var binding = binding
            binding.keys.removeAll { $0 == key }
            return binding.keys.isEmpty ? nil : binding
        }
        guard let command else { return result }
        if let index = result.firstIndex(where: { $0.command == command }) {
            result[index].keys.append(key)
        } else {
            result.append(KeyBinding([key], command))
        }
        return result
    }
}
