import Foundation
import TickettyCore

/// Performs effects off the UI thread and reports their outcome as actions.
///
/// Reads run concurrently, one task each. Writes run one at a time in the order the reducer
/// made them, so two changes to the same ticket reach the server in the agent's order. Timers
/// replace the previous one of their kind. Every outcome, including each ``BackendError``,
/// comes back through `send` (normally ``ActionMailbox/post(_:)``).
///
/// ```swift
/// let runner = EffectRunner(backend: backend, send: mailbox.post)
/// for effect in reduce(into: &state, action: .started) where !runner.run(effect) {
///     // .editExternally and .quit are the app's to handle.
/// }
/// ```
public final class EffectRunner: Sendable {
    private let backend: any HelpdeskBackend
    private let send: @Sendable (Action) -> Void
    private let timers: EffectTimers
    private let writes: AsyncStream<(Write, Int)>.Continuation
    private let writer: Task<Void, Never>

    public init(backend: any HelpdeskBackend, send: @escaping @Sendable (Action) -> Void) {
        self.backend = backend
        self.send = send
        self.timers = EffectTimers(send: send)
        let (stream, continuation) = AsyncStream.makeStream(of: (Write, Int).self)
        self.writes = continuation
        self.writer = Task {
            for await (write, id) in stream {
                do throws(BackendError) {
                    _ = try await write.send(to: backend)
                    send(.writeSucceeded(id: id))
                } catch {
                    send(.writeFailed(id: id, error))
                }
            }
        }
    }

    deinit { stop() }

    /// Starts the work an effect asks for and returns at once.
    ///
    /// - Returns: `false` for the effects only the app can perform (`.editExternally`, which
    ///   needs the terminal, and `.quit`); `true` when the runner took the effect.
    @discardableResult
    public func run(_ effect: Effect) -> Bool {
        let backend = self.backend
        let send = self.send
        switch effect {
        case .fetchTickets(let query):
            Task {
                do throws(BackendError) {
                    send(.ticketsLoaded(try await backend.listTickets(query), query))
                } catch {
                    send(.requestFailed(.tickets(query), error))
                }
            }
        case .fetchTicket(let id):
            Task {
                do throws(BackendError) {
                    send(.ticketLoaded(try await backend.ticket(id)))
                } catch {
                    send(.requestFailed(.ticket(id), error))
                }
            }
        case .fetchAgents:
            Task {
                do throws(BackendError) {
                    send(.agentsLoaded(try await backend.agents()))
                } catch {
                    send(.requestFailed(.agents, error))
                }
            }
        case .perform(let write, let id):
            writes.yield((write, id))
        case .scheduleRefresh(let seconds):
            timers.schedule(.refresh, afterSeconds: seconds) { .refreshDue }
        case .scheduleClockTick(let seconds):
            timers.schedule(.clockTick, afterSeconds: seconds) { .clockTicked(Date()) }
        case .editExternally, .quit:
            return false
        }
        return true
    }

    /// Stops the timers and the write queue; reads already started finish on their own.
    public func stop() {
        timers.cancelAll()
        writes.finish()
    }
}
