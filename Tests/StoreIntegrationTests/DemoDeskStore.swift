import DemoServer
import Foundation
import OmnideskBackend
import TickettyCore
@testable import TickettyStore

/// A real store wired to the real Omnidesk client, talking HTTP to a demo desk on loopback.
///
/// Effects run exactly as in the app; the test waits for the mailbox's wake-ups instead of
/// sleeping, then checks the state the agent would see and the server's own state.
final class DemoDeskStore {
    let server: RunningDemoServer
    let backend: OmnideskBackend
    let store: Store
    private let wakes: AsyncStream<Void>

    static let apiKey = "integration-key"

    static let readOnlyKey = "integration-read-only"

    /// - Parameters:
    ///   - journal: The outbox the store's writes go through (in memory by default).
    ///   - undoSendDelay: How long replies are held; none by default, so tests do not wait.
    static func start(
        tickets: Int = 60, seed: UInt64 = 7, journal: MemoryJournal? = nil, undoSendDelay: Double = 0,
        key: String = apiKey
    ) async throws -> DemoDeskStore {
        var configuration = DemoServerConfiguration()
        configuration.apiKey = apiKey
        configuration.readOnlyAPIKey = readOnlyKey
        configuration.ticketCount = tickets
        configuration.seed = seed
        let server = try await DemoServer.start(configuration)
        let backend = OmnideskBackend(
            configuration: try OmnideskConfiguration(
                accountURL: "http://127.0.0.1:\(server.port)", apiKey: key, requestTimeout: .seconds(5)))
        return DemoDeskStore(server: server, backend: backend, journal: journal, undoSendDelay: undoSendDelay)
    }

    /// Retries of failed writes wait a twentieth of their real delay, so a test of 30 % failures
    /// takes seconds, with the same order of events as in the app.
    static let quickRetries = WriteQueue.Clock(
        now: { Date() }, sleep: { seconds in try await Task.sleep(for: .seconds(seconds / 20)) })

    private init(server: RunningDemoServer, backend: OmnideskBackend, journal: MemoryJournal?, undoSendDelay: Double) {
        self.server = server
        self.backend = backend
        let (wakes, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        self.wakes = wakes
        let mailbox = ActionMailbox(wake: { continuation.yield() })
        var state = State(accountName: "integration")
        state.undoSendDelay = undoSendDelay
        let runner = EffectRunner(backend: backend, send: mailbox.post, local: journal, writeClock: Self.quickRetries)
        self.store = Store(state: state, runner: runner, mailbox: mailbox)
    }

    /// A desk whose store has started and loaded the whole list, as the agent first sees it.
    static func loaded(
        tickets: Int = 60, journal: MemoryJournal? = nil, undoSendDelay: Double = 0, key: String = apiKey
    ) async throws -> DemoDeskStore {
        let desk = try await start(tickets: tickets, journal: journal, undoSendDelay: undoSendDelay, key: key)
        desk.send(.started)
        try await desk.waitUntil("the list to load") { $0.hasLoadedAllTickets && !$0.visibleTicketIDs.isEmpty }
        return desk
    }

    /// Sends an action as a key press would.
    func send(_ action: Action) {
        _ = store.send(action)
    }

    /// Processes effect results as they arrive until `condition` holds, or fails after `seconds`.
    func waitUntil(
        _ what: String, seconds: Double = 10, _ condition: (State) -> Bool
    ) async throws {
        if condition(store.state) { return }
        let deadline = ContinuousClock.now + .seconds(seconds)
        // Wakes the loop once at the deadline so a silent server cannot hang the test.
        let mailbox = store.mailbox
        let now = store.state.now
        let timeout = Task {
            try? await Task.sleep(until: deadline)
            mailbox.post(.clockTicked(now))
        }
        defer { timeout.cancel() }
        for await _ in wakes {
            _ = store.processMailbox()
            if condition(store.state) { return }
            if ContinuousClock.now >= deadline { break }
        }
        throw WaitTimedOut(what: what, state: store.state)
    }

    func stop() async {
        await server.stop()
    }
}

struct WaitTimedOut: Error, CustomStringConvertible {
    let what: String
    let state: State
    var description: String {
        "timed out waiting for \(what); sync: \(state.sync), message: \(state.message?.text ?? "none")"
    }
}
