import ArgumentParser
import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the process starts.
///
/// `ticketty html2text` is a mail filter that aerc or mutt start once per message, so its
/// start-up time is most of its cost. It is dispatched synchronously, before anything starts
/// Swift's concurrency runtime and its threads, and its plain argument forms skip the argument
/// parser's reflection; everything else runs the async root command.
@main
enum TickettyMain {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == HTML2Text.configuration.commandName {
            let filterArguments = Array(arguments.dropFirst())
            if let filter = HTML2TextFilter.parsingPlainArguments(filterArguments) {
                exit(filter.run())
            }
            HTML2Text.main(filterArguments)
            exit(EXIT_SUCCESS)
        }
        Task {
            await Ticketty.main()
            exit(EXIT_SUCCESS)
        }
        dispatchMain()
    }
}
