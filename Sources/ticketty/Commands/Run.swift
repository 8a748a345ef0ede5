import ArgumentParser
import Foundation

/// The default command: open the TUI on an account or the demo desk.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the helpdesk in the terminal (the default command).")

    @Option(help: "The account URL, e.g. https://mybrand.omnidesk.com (the client appends /api/v2/).")
    var url: String?

    @Option(help: ArgumentHelp("Read settings from this file instead of the default.", valueName: "file"))
    var config: String?

    @Option(help: "A theme name: a file NAME.toml in the themes directories.")
    var theme: String?

    @Flag(help: "Open the built-in demo desk even if an account is configured.")
    var demo = false

    @Option(name: .customLong("refresh-seconds"), help: "Seconds between background refreshes of the list.")
    var refreshSeconds: Double?

    func validate() throws {
        if let refreshSeconds, refreshSeconds < 1 || !refreshSeconds.isFinite {
            throw ValidationError("--refresh-seconds must be at least 1.")
        }
        if demo && url != nil {
            throw ValidationError("--demo and --url exclude each other.")
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = try LaunchSettings.resolve(
            url: url, configPath: config, themeName: theme, refreshSeconds: refreshSeconds, forceDemo: demo,
            environment: environment)
        let logger = AppLogging.bootstrap(stateDirectory: settings.paths.stateDirectory)
        let theme = try ThemeLocator.load(
            name: settings.themeName, userThemes: settings.paths.themesDirectory, executablePath: CommandLine.arguments[0])
        let session = try await Wiring.connect(settings, environment: environment, logger: logger)
        let outcome = await AppLoop.runOnDedicatedThread(
            session: session, theme: theme, settings: settings, environment: environment, logger: logger)
        await session.close()
        switch outcome {
        case .quit:
            logger.info("quit")
        case .interrupted(let signal):
            logger.info("stopped by signal \(signal)")
            throw ExitCode(128 + signal)
        case .failed(let message):
            logger.error("\(message)")
            throw AppFailure(message)
        }
    }
}
