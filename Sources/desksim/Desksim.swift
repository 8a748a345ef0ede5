import ArgumentParser
import DemoServer
import Foundation

/// `desksim`: the Omnidesk-compatible demo desk as a standalone server.
///
/// ```
/// $ swift run desksim --port 0 --tickets 5000 --seed 1
/// desksim listening on 127.0.0.1:49152
/// ```
///
/// The first line on standard output is always the listening line (flushed), so a test can
/// start `desksim --port 0` and read the port from it.
@main
struct Desksim: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desksim",
        abstract: "An Omnidesk v2-compatible demo and test server backed by SQLite.")

    @Option(help: "The address to bind.")
    var host = "127.0.0.1"

    @Option(help: "The port to bind; 0 picks a free one.")
    var port = 8080

    @Option(name: .customLong("api-key"), help: "The full-permission key (default: $DESKSIM_API_KEY, else demo-key).")
    var apiKey: String?

    @Option(name: .customLong("read-only-api-key"), help: "A second key with only TICKET_READ and USER_READ.")
    var readOnlyAPIKey: String?

    @Option(help: "How many tickets to seed into an empty database.")
    var tickets = 300

    @Option(help: "The seed of the generated desk.")
    var seed: UInt64 = 1

    @Option(help: "An SQLite file to keep the desk in (reused when it has data); default: in memory.")
    var database: String?

    @Option(name: .customLong("fail-rate"), help: "Share of API requests answered with HTTP 500 (0...1).")
    var failRate = 0.0

    @Option(name: .customLong("rate-limit-rate"), help: "Share of API requests answered with HTTP 429 (0...1).")
    var rateLimitRate = 0.0

    @Option(name: .customLong("retry-after"), help: "Seconds sent in Retry-After with each 429.")
    var retryAfter = 1

    @Flag(name: .customLong("hostile-samples"), help: "Add tickets carrying terminal escape sequences.")
    var hostileSamples = false

    @Flag(help: "Log requests and errors to standard error.")
    var verbose = false

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be within 0...65535.") }
        guard tickets >= 0 else { throw ValidationError("--tickets must not be negative.") }
        guard (0...1).contains(failRate), (0...1).contains(rateLimitRate), failRate + rateLimitRate <= 1 else {
            throw ValidationError("--fail-rate and --rate-limit-rate must be within 0...1 and add up to at most 1.")
        }
        guard retryAfter >= 0 else { throw ValidationError("--retry-after must not be negative.") }
    }

    func run() async throws {
        var configuration = DemoServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.apiKey = apiKey ?? ProcessInfo.processInfo.environment["DESKSIM_API_KEY"] ?? "demo-key"
        configuration.readOnlyAPIKey = readOnlyAPIKey
        configuration.ticketCount = tickets
        configuration.seed = seed
        configuration.databasePath = database
        configuration.hostileSamples = hostileSamples
        configuration.faults = Faults(failureRate: failRate, rateLimitRate: rateLimitRate, retryAfter: retryAfter)
        configuration.verbose = verbose

        let started = ContinuousClock.now
        let server = try await DemoServer.start(configuration)
        // Written straight to the file descriptor: no stdio buffer can hold it back from a test.
        FileHandle.standardOutput.write(Data("desksim listening on \(host):\(server.port)\n".utf8))
        if verbose {
            let elapsed = (ContinuousClock.now - started).components
            let milliseconds = elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000
            FileHandle.standardError.write(Data("desksim: ready in \(milliseconds) ms (seed \(seed))\n".utf8))
        }
        await SignalWaiter.waitForTermination()
        await server.stop()
    }
}
