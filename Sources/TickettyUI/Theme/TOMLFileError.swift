/// An error type for a TOML file, built from a read or parse failure and the file's name.
protocol TOMLFileError: Error {
    static func unreadable(file: String, reason: String) -> Self
    static func syntax(file: String, line: Int, column: Int, message: String) -> Self
}

extension TOMLFileError {
    init(_ failure: TOMLDocument.Failure, file: String) {
        switch failure {
        case .unreadable(let reason): self = .unreadable(file: file, reason: reason)
        case .syntax(let line, let column, let message): self = .syntax(file: file, line: line, column: column, message: message)
        }
    }
}
