import Foundation

/// The shared HTML-to-text suite: `html/NAME.html` with reference text in `txt/NAME.txt`.
///
/// CI clones the repository with `shared/` beside it, as in the development tree, so the suite
/// is found relative to this file rather than the working directory.
enum HTMLSuite {
    static let directory: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        // Tests/HTMLTextTests/HTMLSuite.swift -> repository root -> its parent.
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("shared/html-suite")
    }()

    struct Case {
        let name: String
        let html: [UInt8]
        let reference: String
    }

    /// Every case that has an HTML file and a reference text.
    static func cases() throws -> [Case] {
        let htmlDirectory = directory.appendingPathComponent("html")
        let names = try FileManager.default.contentsOfDirectory(atPath: htmlDirectory.path)
            .filter { $0.hasSuffix(".html") }
            .map { String($0.dropLast(5)) }
            .sorted()
        return try names.compactMap { name in
            let referenceURL = directory.appendingPathComponent("txt/\(name).txt")
            guard FileManager.default.fileExists(atPath: referenceURL.path) else { return nil }
            let html = try [UInt8](Data(contentsOf: htmlDirectory.appendingPathComponent("\(name).html")))
            let reference = String(decoding: try Data(contentsOf: referenceURL), as: UTF8.self)
            return Case(name: name, html: html, reference: reference)
        }
    }

    /// The words (runs of letters and digits) of a text, lowercased.
    static func words(_ text: String) -> [Substring] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    }

    /// The reference text without markdown link targets ("[text](url)" keeps "text"): the suite
    /// writes links inline, ticketty lists them at the end.
    static func referenceWithoutLinkTargets(_ reference: String) -> String {
        var result = ""
        var rest = Substring(reference)
        while let range = rest.range(of: "](") {
            result += rest[..<range.lowerBound]
            rest = rest[range.upperBound...]
            if let close = rest.firstIndex(of: ")") { rest = rest[rest.index(after: close)...] }
        }
        return result + rest
    }
}
