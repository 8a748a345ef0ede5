/// Where ticketty looks for its files, following the XDG base directory rules.
struct ConfigPaths: Equatable {
    /// `$XDG_CONFIG_HOME/ticketty`, else `~/.config/ticketty`.
    var configDirectory: String
    /// `$XDG_STATE_HOME/ticketty`, else `~/.local/state/ticketty`; nil without a home.
    var stateDirectory: String?

    init(environment: [String: String]) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        configDirectory = Self.base(environment["XDG_CONFIG_HOME"], home: home, fallback: ".config") + "/ticketty"
        stateDirectory = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }.map { $0 + "/ticketty" }
            ?? home.map { $0 + "/.local/state/ticketty" }
    }

    /// The default config file.
    var configFile: String { configDirectory + "/config.toml" }

    /// The user's theme directory.
    var themesDirectory: String { configDirectory + "/themes" }

    /// XDG says relative values must be ignored.
    private static func base(_ value: String?, home: String?, fallback: String) -> String {
        if let value, value.hasPrefix("/") { return value }
        return (home ?? ".") + "/" + fallback
    }
}
