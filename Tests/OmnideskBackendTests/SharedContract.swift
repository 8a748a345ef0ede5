import Foundation

/// Finds the shared API documents: `shared/` sits beside the repository's clone, both here
/// (/work/main and /work/shared) and in CI.
enum SharedContract {
    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    static func file(_ name: String, filePath: String = #filePath) throws -> URL {
        // Tests/OmnideskBackendTests/<file> → repository root → its parent.
        var directory = URL(fileURLWithPath: filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("shared/api/\(name)")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        throw Missing(description: "shared/api/\(name) not found beside the repository")
    }
}
