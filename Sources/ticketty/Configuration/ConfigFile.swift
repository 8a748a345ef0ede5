import Foundation
import TOMLKit
import TickettyCore
import TickettyUI

/// The settings in `config.toml`.
///
/// ```toml
/// url = "https://mybrand.omnidesk.com"
/// api_key_command = "pass show omnidesk/mybrand"
/// theme = "default"
/// refresh_seconds = 60
/// undo_send_seconds = 5     # replies wait this long, so u can take them back (0: never)
/// undo_seconds = 60         # u undoes changes made this recently
/// requests_per_minute = 300
/// max_concurrent_requests = 4
/// time_zone = "Europe/Moscow"
/// me = "Mei Ling"            # who is:mine means in the filter (a name or an agent id)
///
/// [keys.list]              # the sections of a keys file, under [keys.…]
/// "x" = "set-status:closed"
/// ```
///
/// A missing file means all defaults. Unknown keys are errors, so a typo never silently does
/// nothing.
struct ConfigFile: Equatable {
    var url: String?
    var apiKeyCommand: String?
    /// Accepted only from a file no one but its owner can read.
    var apiKey: Secret?
    var theme: String?
    var refreshSeconds: Double?
    var undoSendSeconds: Double?
    var undoSeconds: Double?
    /// The read queue's rate limit (the desk's own limit, or less).
    var requestsPerMinute: Double?
    /// How many reads may run at once.
    var maxConcurrentRequests: Int?
    var timeZone: TimeZone?
    /// Who `is:mine` in the filter means: an agent's name or id.
    var me: String?
    /// The default bindings with those of the `[keys]` table put over them.
    var keymap: Keymap = .defaults

    static let knownKeys = [
        "url", "api_key_command", "api_key", "theme", "refresh_seconds", "undo_send_seconds", "undo_seconds",
        "requests_per_minute", "max_concurrent_requests", "time_zone", "me", "keys",
    ]

    /// Reads the file at `path`.
    ///
    /// - Parameter required: Whether a missing file is an error (it was named with `--config`)
    ///   or means the defaults.
    static func load(path: String, required: Bool) throws(ConfigError) -> ConfigFile {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if required { throw .notFound(file: path) }
            return ConfigFile()
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(file: path, reason: "not a readable UTF-8 text file")
        }
        let readableByOthers = status.st_mode & (S_IRGRP | S_IROTH) != 0
        return try parse(text, file: path, readableByOthers: readableByOthers)
    }

    /// Parses the TOML text of a config file; `file` names it in errors.
    static func parse(_ text: String, file: String, readableByOthers: Bool) throws(ConfigError) -> ConfigFile {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .syntax(file: file, line: error.source.begin.line, column: error.source.begin.column, message: error.description)
        } catch {
            throw .syntax(file: file, line: 0, column: 0, message: "not valid TOML")
        }
        var config = ConfigFile()
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            switch key {
            case "url":
                config.url = try string(value, key: key, file: file)
            case "api_key_command":
                config.apiKeyCommand = try string(value, key: key, file: file)
            case "api_key":
                if readableByOthers { throw .apiKeyInSharedFile(file: file) }
                config.apiKey = Secret(try string(value, key: key, file: file))
            case "me":
                config.me = try string(value, key: key, file: file)
            case "theme":
                config.theme = try string(value, key: key, file: file)
            case "refresh_seconds":
                guard let seconds = value.double ?? value.int.map(Double.init) else {
                    throw .wrongType(file: file, key: key, expected: "a number of seconds")
                }
                guard seconds >= 1 else { throw .invalidValue(file: file, key: key, detail: "must be at least 1") }
                config.refreshSeconds = seconds
            case "undo_send_seconds":
                config.undoSendSeconds = try seconds(value, key: key, file: file, within: 0...600)
            case "undo_seconds":
                config.undoSeconds = try seconds(value, key: key, file: file, within: 0...86_400)
            case "requests_per_minute":
                guard let rate = value.double ?? value.int.map(Double.init) else {
                    throw .wrongType(file: file, key: key, expected: "a number of requests")
                }
                guard rate >= 1, rate.isFinite else { throw .invalidValue(file: file, key: key, detail: "must be at least 1") }
                config.requestsPerMinute = rate
            case "max_concurrent_requests":
                guard let count = value.int else { throw .wrongType(file: file, key: key, expected: "a whole number") }
                guard (1...32).contains(count) else {
                    throw .invalidValue(file: file, key: key, detail: "must be between 1 and 32")
                }
                config.maxConcurrentRequests = count
            case "time_zone":
                let name = try string(value, key: key, file: file)
                guard let zone = TimeZone(identifier: name) else {
                    throw .invalidValue(file: file, key: key, detail: "unknown time zone (use a name like \"Europe/Moscow\")")
                }
                config.timeZone = zone
            case "keys":
                guard let sections = value.table else {
                    throw .wrongType(file: file, key: key, expected: "a table of sections like [keys.list]")
                }
                do {
                    config.keymap = try Keymap.defaults.applying(sections, file: file)
                } catch {
                    throw .keys(error)
                }
            default:
                throw .unknownKey(file: file, key: key)
            }
        }
        return config
    }

    private static func seconds(
        _ value: TOMLValueConvertible, key: String, file: String, within range: ClosedRange<Double>
    ) throws(ConfigError) -> Double {
        guard let seconds = value.double ?? value.int.map(Double.init) else {
            throw .wrongType(file: file, key: key, expected: "a number of seconds")
        }
        guard range.contains(seconds) else {
            throw .invalidValue(file: file, key: key, detail: "must be between \(Int(range.lowerBound)) and \(Int(range.upperBound))")
        }
        return seconds
    }

    private static func string(_ value: TOMLValueConvertible, key: String, file: String) throws(ConfigError) -> String {
        guard let text = value.string else { throw .wrongType(file: file, key: key, expected: "a string") }
        return text
    }
}
