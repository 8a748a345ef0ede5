import Foundation
import TOMLKit

/// Reading and parsing the TOML files the UI accepts (themes, keys), with failures as values
/// that each file type turns into its own error naming the file.
enum TOMLDocument {
    enum Failure: Error {
        case unreadable(reason: String)
        case syntax(line: Int, column: Int, message: String)
    }

    /// The text of a file.
    static func read(_ path: String) throws(Failure) -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(reason: error.localizedDescription)
        }
    }

    /// The top-level table of a TOML text.
    static func parse(_ text: String) throws(Failure) -> TOMLTable {
        do {
            return try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .syntax(line: error.source.begin.line, column: error.source.begin.column, message: error.description)
        } catch {
            throw .syntax(line: 0, column: 0, message: "\(error)")
        }
    }
}
