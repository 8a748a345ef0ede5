import ArgumentParser
import Foundation
import HTMLText

/// `ticketty html2text`: renders HTML files (or stdin) as terminal text with the same renderer
/// the timeline pane uses, so it can serve as a mailcap or aerc filter.
struct HTML2Text: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html2text",
        abstract: "Render HTML e-mail as plain terminal text.",
        discussion: """
            Reads each FILE (or standard input when none is given, or for "-") and writes the \
            text, wrapped to the width, with numbered links listed at the end. With several \
            files, each is introduced by a "==> name <==" header.
            """)

    @Option(name: .long, help: "Wrap at this many columns (default: $COLUMNS, else 80).")
    var width: Int?

    @Option(name: .long, help: "Charset of the input when it has no <meta> charset (e.g. windows-1252).")
    var charset: String?

    @Argument(help: "HTML files to render; standard input when omitted.")
    var files: [String] = []

    func validate() throws {
        if let width, width < 1 { throw ValidationError("--width must be at least 1.") }
    }

    func run() throws {
        let width = width ?? Self.defaultWidth()
        let inputs = files.isEmpty ? ["-"] : files
        var failed = false
        for (index, name) in inputs.enumerated() {
            let data: Data
            do {
                data = name == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: name))
            } catch {
                FileHandle.standardError.write(Data("html2text: cannot read \(TextSanitizer.sanitizeLine(name))\n".utf8))
                failed = true
                continue
            }
            var text = ""
            if inputs.count > 1 {
                text += (index > 0 ? "\n" : "") + "==> \(TextSanitizer.sanitizeLine(name)) <==\n"
            }
            text += HTMLRenderer.render(data: [UInt8](data), width: width, charset: charset)
            text += "\n"
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if failed { throw ExitCode.failure }
    }

    private static func defaultWidth() -> Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(columns), value > 0 {
            return value
        }
        return 80
    }
}
