import Foundation
import TickettyCore
import TickettyStore
import TickettyUI

/// Everything the program needs to start, resolved from flags, the config file and the
/// environment, in that order of precedence.
struct LaunchSettings: Equatable {
    /// Which desk to open.
    enum Desk: Equatable {
        /// The built-in demo desk, started in-process.
        case demo
        /// A real account at `url`, with its key.
        case account(url: String, apiKey: Secret)
    }

    var desk: Desk
    /// The theme asked for by name, or nil for the default.
    var themeName: String?
    var refreshSeconds: Double
    /// How long a reply waits before it is sent, so `u` can take it back (0: at once).
    var undoSendSeconds: Double
    /// How long after an action `u` can still undo it.
    var undoSeconds: Double
    /// The read queue's limits, the defaults with the config file's over them.
    var reads: ReadQueueConfiguration
    var timeZone: TimeZone
    /// The config's `me`: the agent `is:mine` in the filter means.
    var me: String?
    /// The default key bindings with the config file's `[keys]` put over them.
    var keymap: Keymap
    var paths: ConfigPaths

    static let defaultRefreshSeconds: Double = 60
    static let defaultUndoSendSeconds: Double = 5
    static let defaultUndoSeconds: Double = 60

    /// Resolves the settings.
    ///
    /// - Parameters:
    ///   - url: `--url`, which wins over the config file's `url`.
    ///   - configPath: `--config`; when nil the XDG default path, which may be absent.
    ///   - forceDemo: `--demo`: open the demo desk even if an account is configured.
    static func resolve(
        url: String?, configPath: String?, themeName: String?, refreshSeconds: Double?, forceDemo: Bool,
        environment: [String: String]
    ) throws(ConfigError) -> LaunchSettings {
        let paths = ConfigPaths(environment: environment)
        let config = try ConfigFile.load(path: configPath ?? paths.configFile, required: configPath != nil)
        let desk: Desk
        if !forceDemo, let accountURL = url ?? config.url {
            guard let key = try APIKeySource.resolve(environment: environment, config: config) else {
                throw .missingAPIKey
            }
            desk = .account(url: accountURL, apiKey: key)
        } else {
            desk = .demo
        }
        var reads = ReadQueueConfiguration()
        if let rate = config.requestsPerMinute { reads.requestsPerMinute = rate }
        if let count = config.maxConcurrentRequests { reads.maxConcurrent = count }
        return LaunchSettings(
            desk: desk,
            themeName: themeName ?? config.theme,
            refreshSeconds: refreshSeconds ?? config.refreshSeconds ?? defaultRefreshSeconds,
            undoSendSeconds: config.undoSendSeconds ?? defaultUndoSendSeconds,
            undoSeconds: config.undoSeconds ?? defaultUndoSeconds,
            reads: reads,
            timeZone: config.timeZone ?? .current,
            me: config.me,
            keymap: config.keymap,
            paths: paths)
    }
}
