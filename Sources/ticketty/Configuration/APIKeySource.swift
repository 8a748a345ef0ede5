import Foundation
import TickettyCore

/// Finds the API key for an account: the environment first, then `api_key_command`, then
/// `api_key` in an owner-only config file. Keys are never taken from the command line, where
/// other users could read them in the process list.
enum APIKeySource {
    /// The environment variable that holds the key.
    static let environmentVariable = "OMNIDESK_API_KEY"

    /// The key, or `nil` when none is configured anywhere.
    ///
    /// - Throws: ``ConfigError/apiKeyCommandFailed(_:)`` when the command fails or prints nothing.
    static func resolve(environment: [String: String], config: ConfigFile) throws(ConfigError) -> Secret? {
        if let key = environment[environmentVariable], !key.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return Secret(key.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if let command = config.apiKeyCommand {
            return try run(command)
        }
        return config.apiKey
    }

    /// Runs the command through `/bin/sh -c` and takes its trimmed standard output. Standard
    /// input and error stay the terminal's, so `pass` or `gpg` can ask for a passphrase.
    static func run(_ command: String) throws(ConfigError) -> Secret {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let output = Pipe()
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            throw .apiKeyCommandFailed("could not be started")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit else {
            throw .apiKeyCommandFailed("was killed by signal \(process.terminationStatus)")
        }
        guard process.terminationStatus == 0 else {
            throw .apiKeyCommandFailed("exited with status \(process.terminationStatus)")
        }
        // Keys are one line; `pass` puts the password on the first line and metadata after it.
        let text = String(decoding: data, as: UTF8.self)
        let firstLine = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let key = firstLine.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !key.isEmpty else { throw .apiKeyCommandFailed("printed nothing on its first line") }
        return Secret(key)
    }
}
