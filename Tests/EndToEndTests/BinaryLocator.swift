import Foundation
import XCTest

/// Finds the executables the end-to-end tests drive: `$TICKETTY_BIN_DIR` when set, else the
/// package's `.build/debug/` (found from this file's path).
enum BinaryLocator {
    static var directory: String {
        if let override = ProcessInfo.processInfo.environment["TICKETTY_BIN_DIR"], !override.isEmpty {
            return override
        }
        // <package>/Tests/EndToEndTests/BinaryLocator.swift → <package>/.build/debug
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return package.appendingPathComponent(".build/debug").path
    }

    /// The path of executable `name`, or a test failure that says how to build it.
    static func path(of name: String) throws -> String {
        let path = directory + "/" + name
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw HarnessError("\(path) is missing: run `swift build` first, or set TICKETTY_BIN_DIR")
        }
        return path
    }
}
