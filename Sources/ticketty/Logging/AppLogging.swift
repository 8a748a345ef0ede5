import Foundation
import Logging

/// Sets up logging for the program's run: to `ticketty.log` in the state directory, or
/// nowhere. Never to standard error, which belongs to the terminal while the TUI is up.
enum AppLogging {
    static func bootstrap(stateDirectory: String?) -> Logger {
        let file = stateDirectory.flatMap { directory -> FileLogHandler.Sink? in
            try? FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            return FileLogHandler.Sink(path: directory + "/ticketty.log")
        }
        LoggingSystem.bootstrap { label in
            guard let file else { return SwiftLogNoOpLogHandler() }
            return FileLogHandler(label: label, sink: file)
        }
        return Logger(label: "ticketty")
    }
}
