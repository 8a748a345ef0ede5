import ArgumentParser

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `ticketty html2text`: renders HTML files (or stdin) as terminal text with the same renderer
/// the timeline pane uses, so it can serve as a mailcap or aerc filter.
///
/// This is the command's help and its full argument parsing; the work is ``HTML2TextFilter``,
/// which ``TickettyMain`` also runs directly for the common argument forms.
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
        let filter = HTML2TextFilter(width: width ?? HTML2TextFilter.defaultWidth(), charset: charset, files: files)
        let status = filter.run()
        if status != EXIT_SUCCESS { throw ExitCode(status) }
    }
}
