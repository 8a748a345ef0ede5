import ArgumentParser

/// `ticketty`: a terminal client for Omnidesk helpdesks.
///
/// ```
/// $ ticketty                                    # the built-in demo desk
/// $ OMNIDESK_API_KEY=… ticketty --url https://mybrand.omnidesk.com
/// $ ticketty html2text < message.html
/// ```
///
/// The process starts in ``TickettyMain``, which runs this command asynchronously.
struct Ticketty: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ticketty",
        abstract: "A terminal client for Omnidesk helpdesks.",
        discussion: """
            Without an account configured, ticketty opens a built-in demo desk. The API key comes \
            from OMNIDESK_API_KEY, from api_key_command in the config file, or from api_key in a \
            config file only its owner can read; it is never taken from the command line.
            """,
        subcommands: [Run.self, HTML2Text.self],
        defaultSubcommand: Run.self)
}
