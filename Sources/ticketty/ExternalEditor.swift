import Foundation
import TickettyCurses

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hands a draft to `$VISUAL`, `$EDITOR` or `vi`, and reads back what the agent saved.
enum ExternalEditor {
    /// Runs the editor on `text` with the terminal suspended.
    ///
    /// - Returns: The edited text, or nil if the editor failed or the file could not be used.
    static func edit(_ text: String, terminal: CursesTerminal, environment: [String: String]) -> String? {
        // O_EXCL with 0600: a new file only its owner can read, never someone else's planted one.
        let path = NSTemporaryDirectory() + "/ticketty-draft-\(UUID().uuidString).txt"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return nil }
        defer { unlink(path) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        } catch {
            return nil
        }

        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        terminal.suspend()
        let succeeded = run(editor: editor, path: path)
        terminal.resume()
        guard succeeded, let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs `EDITOR PATH` through the shell, which splits `$EDITOR` the way users expect
    /// ("code --wait"); the path goes in as `$1`, so no quoting of it is needed.
    private static func run(editor: String, path: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", editor + " \"$1\"", "sh", path]
        do {
            try process.run()
        } catch {
            return false
        }
        process.waitUntilExit()
        return process.terminationReason == .exit && process.terminationStatus == 0
    }
}
