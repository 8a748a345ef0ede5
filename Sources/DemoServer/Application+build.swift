import Hummingbird
import Logging

/// Builds the demo desk's application: the database is opened (and seeded) first, then the
/// router is assembled. Tests drive the result without sockets:
///
/// ```swift
/// let app = try await buildApplication(configuration)
/// try await app.test(.router) { client in
///     try await client.execute(uri: "/api/v2/ticket", method: .get, headers: [apiKey: "demo-key"]) { ... }
/// }
/// ```
///
/// - Parameter onServerRunning: called with the bound port once connections are accepted.
public func buildApplication(
    _ configuration: DemoServerConfiguration,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws(DemoServerError) -> some ApplicationProtocol {
    let desk = try await Desk.open(configuration)
    return buildApplication(desk: desk, configuration: configuration, onServerRunning: onServerRunning)
}

func buildApplication(
    desk: Desk, configuration: DemoServerConfiguration,
    onServerRunning: @escaping @Sendable (Int) async -> Void
) -> Application<RouterResponder<DeskRequestContext>> {
    Application(
        router: buildRouter(desk),
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port), serverName: "desksim"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? 0) },
        logger: makeLogger(verbose: configuration.verbose))
}

/// The routes: `/api/v2/...` (key, permissions, faults) and `/_desksim/...` (key; health open).
func buildRouter(_ desk: Desk) -> Router<DeskRequestContext> {
    // Vendor docs spell some paths both ways (setStatus, setstatus).
    let router = Router(context: DeskRequestContext.self, options: .caseInsensitive)
    // Method and path of every request, headers left out (they carry the key). The logger is
    // silent unless `--verbose`; end-to-end tests count requests in this log.
    router.add(middleware: LogRequestsMiddleware(.info))
    router.add(middleware: ErrorShapeMiddleware())
    router.add(middleware: APIKeyMiddleware(keys: desk.keys, openPaths: [AdminController.healthPath]))
    let api = router.group("api/v2").add(middleware: FaultMiddleware(faults: desk.faults))
    TicketsController(desk: desk).addRoutes(to: api)
    TicketActionsController(desk: desk).addRoutes(to: api)
    MessagesController(desk: desk).addRoutes(to: api)
    UsersController(desk: desk).addRoutes(to: api)
    ViewsController(desk: desk).addRoutes(to: api)
    AdminController(desk: desk).addRoutes(to: router.group("_desksim"))
    return router
}

/// Silent unless verbose: in demo mode the TUI owns the terminal, so nothing may print.
private func makeLogger(verbose: Bool) -> Logger {
    if verbose {
        var logger = Logger(label: "desksim") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .info
        return logger
    }
    return Logger(label: "desksim") { _ in SwiftLogNoOpLogHandler() }
}
