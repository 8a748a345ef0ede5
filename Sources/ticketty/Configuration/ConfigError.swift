import TickettyUI

/// Why the configuration cannot be used, in words that tell the user what to change.
///
/// No case ever carries the API key or the output of `api_key_command`.
enum ConfigError: Error, Equatable, CustomStringConvertible {
    /// The file named with `--config` does not exist.
    case notFound(file: String)
    case unreadable(file: String, reason: String)
    case syntax(file: String, line: Int, column: Int, message: String)
    case unknownKey(file: String, key: String)
    case wrongType(file: String, key: String, expected: String)
    case invalidValue(file: String, key: String, detail: String)
    /// `api_key` sits in a file that other users can read.
    case apiKeyInSharedFile(file: String)
    /// `api_key_command` failed; `detail` says how, never what it printed.
    case apiKeyCommandFailed(String)
    /// An account is configured but no key was found anywhere.
    case missingAPIKey
    /// A theme was asked for by name and no file of that name exists.
    case themeNotFound(name: String, searched: [String])
    case theme(String)
    /// A binding in the `[keys]` table is wrong; its sections are named as written there.
    case keys(KeymapError)

    var description: String {
        switch self {
        case .notFound(let file):
            "config file \(file) does not exist"
        case .unreadable(let file, let reason):
            "cannot read \(file): \(reason)"
        case .syntax(let file, let line, let column, let message):
            "\(file):\(line):\(column): \(message)"
        case .unknownKey(let file, let key):
            "\(file): unknown key \"\(key)\" (known: \(ConfigFile.knownKeys.joined(separator: ", ")))"
        case .wrongType(let file, let key, let expected):
            "\(file): \"\(key)\" must be \(expected)"
        case .invalidValue(let file, let key, let detail):
            "\(file): \"\(key)\": \(detail)"
        case .apiKeyInSharedFile(let file):
            "\(file) holds api_key but other users can read it; run `chmod 600 \(file)` or use api_key_command"
        case .apiKeyCommandFailed(let detail):
            "api_key_command \(detail)"
        case .missingAPIKey:
            "no API key: set OMNIDESK_API_KEY, or api_key_command in the config file"
        case .themeNotFound(let name, let searched):
            "theme \"\(name)\" not found (looked in \(searched.joined(separator: ", ")))"
        case .theme(let detail):
            detail
        case .keys(let error):
            error.description(sectionsUnder: "keys.")
        }
    }
}
