import Foundation
import TickettyUI

/// Finds a theme file by name (or takes a path to one).
///
/// Looks in the user's themes directory first, then beside an installed binary
/// (`<bin>/../share/ticketty/themes`), then in the source tree of a development build (found
/// from the binary's path, else from this file's path at build time).
enum ThemeLocator {
    static let defaultName = "default"

    /// The theme named `name` (or the default), parsed.
    ///
    /// - Throws: ``ConfigError`` when a theme asked for by name is missing or malformed. A
    ///   missing default theme is not an error: the built-in one stands in.
    static func load(name: String?, userThemes: String, executablePath: String) throws(ConfigError) -> Theme {
        let wanted = name ?? defaultName
        // A path ("./mine.toml", "~/themes/x.toml" expanded by the shell) names the file itself.
        if wanted.contains("/") || wanted.hasSuffix(".toml") {
            guard FileManager.default.fileExists(atPath: wanted) else {
                throw .themeNotFound(name: wanted, searched: [wanted])
            }
            return try load(path: wanted)
        }
        let directories = searchDirectories(userThemes: userThemes, executablePath: executablePath)
        for directory in directories {
            let path = "\(directory)/\(wanted).toml"
            if FileManager.default.fileExists(atPath: path) { return try load(path: path) }
        }
        if wanted == defaultName { return .builtInDefault }
        throw .themeNotFound(name: wanted, searched: directories)
    }

    private static func load(path: String) throws(ConfigError) -> Theme {
        do {
            return try Theme.load(contentsOf: path)
        } catch {
            throw .theme(error.description)
        }
    }

    static func searchDirectories(userThemes: String, executablePath: String, sourceFile: String = #filePath) -> [String] {
        let binary = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        var directories = [userThemes, binary.appendingPathComponent("../share/ticketty/themes").standardized.path]
        // A development build lives in <repo>/.build/<triple>/debug/; walk up to the package.
        var directory = binary
        for _ in 0..<5 {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                directories.append(directory.appendingPathComponent("themes").path)
                break
            }
            directory.deleteLastPathComponent()
        }
        // <repo>/Sources/ticketty/ThemeLocator.swift → <repo>/themes
        let repository = URL(fileURLWithPath: sourceFile).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        directories.append(repository.appendingPathComponent("themes").path)
        var seen = Set<String>()
        return directories.filter { seen.insert($0).inserted }
    }
}
