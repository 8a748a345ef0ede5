import Foundation
import TickettyCore

/// Performs the reducer's read effects through one ``ReadQueue`` and sends their outcomes
/// back as actions.
///
/// It gives each read its priority: the open ticket first, then the first list page (the one
/// on screen), then prefetch, then later pages and the agents. Prefetch waits for the cursor
/// to settle (`prefetchSettle` seconds without a new prefetch), so holding `j` down does not
/// spend the rate limit on tickets the cursor only passes.
final class ReadRunner: Sendable {
    /// Seconds a prefetch waits for the next one before it starts.
    static let prefetchSettle: Double = 0.3

    private let queue: ReadQueue<ReadResult>
    private let clock: any ReadClock
    /// The prefetch waiting for the cursor to settle.
    private let settling = Locked<Task<Void, Never>?>(nil)

    /// Reads from `backend`.
    convenience init(
        backend: any HelpdeskBackend, configuration: ReadQueueConfiguration, send: @escaping @Sendable (Action) -> Void
    ) {
        self.init(
            configuration: configuration, clock: SystemReadClock(), random: { Double.random(in: 0...1) },
            perform: { request throws(BackendError) in try await Self.read(request, from: backend) }, send: send)
    }

    /// Reads with `perform`, on `clock` (tests pass a ``TestClock`` and scripted reads).
    init(
        configuration: ReadQueueConfiguration, clock: any ReadClock, random: @escaping @Sendable () -> Double,
        perform: @escaping ReadQueue<ReadResult>.Perform, send: @escaping @Sendable (Action) -> Void
    ) {
        self.clock = clock
        self.queue = ReadQueue(
            configuration: configuration, clock: clock, random: random, perform: perform,
            report: { event in send(Self.action(for: event)) })
    }

    deinit { stop() }

    /// A page of the list: the first is what the agent sees, later ones can wait.
    ///
    /// A first page starts a new refresh, whose answers alone the reducer follows, so the
    /// later pages of an older refresh of the same listing still waiting or running are
    /// dropped (a server search or a view's listing is a listing of its own).
    func fetchTickets(_ query: TicketQuery) {
        if query.start == 0 {
            queue.cancel { request, _ in
                guard case .tickets(let older) = request else { return false }
                return older.start > 0 && older.text == query.text && older.status == query.status
                    && older.viewID == query.viewID
            }
        }
        queue.submit(.tickets(query), priority: query.start == 0 ? .visiblePage : .background)
    }

    /// The ticket the agent opened; a previously opened one still loading no longer matters.
    func fetchTicket(_ id: TicketID) {
        queue.cancel { request, priority in priority == .openTicket && request != .ticket(id) }
        queue.submit(.ticket(id), priority: .openTicket)
    }

    func fetchAgents() {
        queue.submit(.agents, priority: .background)
    }

    /// The saved views, asked for when the agent opens the views picker.
    func fetchViews() {
        queue.submit(.views, priority: .visiblePage)
    }

    /// Replaces the tickets being prefetched: those no longer wanted are dropped at once, the
    /// new ones start once the cursor has rested.
    func prefetch(_ ids: [TicketID]) {
        let wanted = Set(ids.map(ReadRequest.ticket))
        queue.cancel { request, priority in priority == .prefetch && !wanted.contains(request) }
        let queue = self.queue
        let clock = self.clock
        let due = clock.now.addingTimeInterval(Self.prefetchSettle)
        settling.withLock { settling in
            settling?.cancel()
            settling = ids.isEmpty ? nil : Task {
                do {
                    try await clock.sleep(until: due)
                } catch {
                    return  // the cursor moved on
                }
                for id in ids { queue.submit(.ticket(id), priority: .prefetch) }
            }
        }
    }

    /// Drops every read (when the program ends).
    func stop() {
        settling.withLock { $0?.cancel() }
        queue.stop()
    }

    private static func read(_ request: ReadRequest, from backend: any HelpdeskBackend) async throws(BackendError) -> ReadResult {
        switch request {
        case .tickets(let query): .tickets(try await backend.listTickets(query), query)
        case .ticket(let id): .ticket(try await backend.ticket(id))
        case .agents: .agents(try await backend.agents())
        case .views: .views(try await backend.views())
        }
    }

    private static func action(for event: ReadEvent<ReadResult>) -> Action {
        switch event {
        case .loaded(_, let result, let priority): result.action(priority: priority)
        case .retrying(let request, let error, let retryAt): .readRetrying(request, error, retryAt: retryAt)
        case .failed(let request, let error): .requestFailed(request, error)
        }
    }
}
