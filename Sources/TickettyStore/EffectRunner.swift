import Foundation
import TickettyCore

/// Performs effects off the UI thread and reports their outcome as actions.
///
/// Reads go through one ``ReadQueue`` (see `ReadRunner`): by priority, coalesced, within a
/// concurrency cap and a rate limit, retried with backoff. Writes go through the
/// ``WriteQueue``: into the outbox first, then to the server in the agent's order per ticket.
/// Drafts are saved as they change (``saveDrafts(_:)``). Timers replace the previous one of
/// their kind. Every outcome, including each ``BackendError``, comes back through `send`
/// (normally ``ActionMailbox/post(_:)``).
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
    private let messageSearch: (@Sendable (String) async -> Set<TicketID>)?
    private let timers: EffectTimers
    /// Hands outbox work to the write queue in the order the reducer asked for it (separate
    /// tasks per effect could overtake each other: a cancel before its write).
    private let writeOrders: AsyncStream<WriteOrder>.Continuation
    private let drafts: DraftSaver?
    private let local: (any LocalCache)?
    private let reads: ReadRunner

    /// - Parameters:
    ///   - local: The account's local database: the outbox, drafts and cached timelines.
    ///     `nil` keeps everything in memory (the demo desk, tests).
    ///   - reads: Limits for the ``ReadQueue`` all reads go through.
    ///   - messageSearch: finds the tickets whose cached messages contain the words (the local
    ///     message cache); `nil` answers every `searchMessages` with no tickets.
    public convenience init(
        backend: any HelpdeskBackend, send: @escaping @Sendable (Action) -> Void, local: (any LocalCache)? = nil,
        reads: ReadQueueConfiguration = ReadQueueConfiguration(),
        messageSearch: (@Sendable (String) async -> Set<TicketID>)? = nil
    ) {
        self.init(backend: backend, send: send, local: local, reads: reads, writeClock: .system, messageSearch: messageSearch)
    }

    init(
        backend: any HelpdeskBackend, send: @escaping @Sendable (Action) -> Void,
        local: (any LocalCache)?, reads: ReadQueueConfiguration = ReadQueueConfiguration(),
        writeClock: WriteQueue.Clock,
        messageSearch: (@Sendable (String) async -> Set<TicketID>)? = nil
    ) {
        self.backend = backend
        self.send = send
        self.local = local
        self.messageSearch = messageSearch
        self.timers = EffectTimers(send: send)
        self.reads = ReadRunner(backend: backend, configuration: reads, send: send)
        self.drafts = local.map { DraftSaver(archive: $0, send: send) }
        let queue = WriteQueue(backend: backend, journal: local, send: send, clock: writeClock)
        let (orders, continuation) = AsyncStream.makeStream(of: WriteOrder.self)
        self.writeOrders = continuation
        Task {
            for await order in orders {
                switch order {
                case .add(let entry): await queue.add(entry)
                case .resume(let entry): await queue.add(entry, isRecorded: true)
                case .cancel(let ids): await queue.cancel(ids)
                }
            }
            await queue.stop()
        }
    }

    private enum WriteOrder: Sendable {
        case add(OutboxEntry)
        /// A write the outbox already holds, from an earlier run.
        case resume(OutboxEntry)
        case cancel([Int])
    }

    deinit { stop() }

    /// Starts the work an effect asks for and returns at once.
    ///
    /// - Returns: `false` for the effects only the app can perform (`.editExternally`, which
    ///   needs the terminal, and `.quit`); `true` when the runner took the effect.
    @discardableResult
    public func run(_ effect: Effect) -> Bool {
        switch effect {
        case .fetchTickets(let query):
            reads.fetchTickets(query)
        case .fetchTicket(let id):
            reads.fetchTicket(id)
        case .prefetchTickets(let ids):
            reads.prefetch(ids)
        case .forgetTickets(let ids):
            guard let local else { break }
            // Best effort: a ticket left behind is forgotten the next time it is found gone.
            Task { try? local.removeTickets(ids) }
        case .loadCachedTicket(let id):
            guard let local else { break }
            Task {
                // A cache that cannot be read is no news: the server's answer follows anyway.
                if let detail = try? local.loadDetail(id) { send(.cachedTicketLoaded(detail)) }
            }
        case .fetchAgents:
            reads.fetchAgents()
        case .fetchViews:
            reads.fetchViews()
        case .searchMessages(let text):
            let search = messageSearch
            Task { send(.messagesMatched(filter: text, ids: await search?(text) ?? [])) }
        case .perform(let write, let id, let holdUntil):
            writeOrders.yield(.add(OutboxEntry(id: id, write: write, createdAt: Date(), notBefore: holdUntil)))
        case .resumeWrites(let entries):
            for entry in entries { writeOrders.yield(.resume(entry)) }
        case .cancelWrites(let ids):
            writeOrders.yield(.cancel(ids))
        case .scheduleRefresh(let seconds):
            timers.schedule(.refresh, afterSeconds: seconds) { .refreshDue }
        case .scheduleClockTick(let seconds):
            timers.schedule(.clockTick, afterSeconds: seconds) { .clockTicked(Date()) }
        case .editExternally, .quit:
            return false
        }
        return true
    }

    /// Saves the drafts that changed and forgets those that are gone, in the background.
    public func saveDrafts(_ changes: DraftChanges) {
        drafts?.apply(changes)
    }

    /// Stops the timers, the reads and the write queue (unanswered writes stay in the outbox).
    public func stop() {
        timers.cancelAll()
        reads.stop()
        writeOrders.finish()
    }
}
