import Foundation
import TickettyCore

/// Sends the agent's writes, keeping each in the outbox until the server has answered it.
///
/// - **Order per ticket.** A write waits while an earlier unanswered write touches one of its
///   tickets, so changes to one ticket reach the server in the agent's order. Writes to other
///   tickets go ahead, up to ``maximumConcurrent`` at once: one slow, held or failing write never
///   holds back the rest of a triage session.
/// - **Holds.** A write with `notBefore` (a reply held for undo-send) waits until then, and can
///   be cancelled meanwhile.
/// - **Retries.** Passing failures (5xx, 429, timeouts, no connection) keep the write and try
///   again after a ``RetryDelay``; the reducer hears `writeRetrying`. A refusal (4xx) ends the
///   write with `writeFailed`, so the screen rolls back and says why.
/// - **No reply twice.** A reply or note that was attempted before (a crash or a lost answer
///   may have delivered it) is first looked for on the ticket's timeline.
actor WriteQueue {
    /// Time as the queue sees it; tests drive holds and retries without real waiting.
    struct Clock: Sendable {
        var now: @Sendable () -> Date
        var sleep: @Sendable (Double) async throws -> Void

        static let system = Clock(now: { Date() }, sleep: { try await Task.sleep(for: .seconds($0)) })
    }

    /// A reply found on the timeline posted this long before the write was made still counts as
    /// the same reply (the server's clock and ours disagree a little).
    static let clockSkew: Double = 15 * 60

    let maximumConcurrent: Int
    private let backend: any HelpdeskBackend
    private let journal: (any WriteJournal)?
    private let send: @Sendable (Action) -> Void
    private let clock: Clock
    private let retryDelay: RetryDelay

    /// Unanswered writes in the order they were made.
    private var entries: [OutboxEntry] = []
    /// The task working on each started write.
    private var tasks: [Int: Task<Void, Never>] = [:]
    /// Writes whose first request has gone out: too late to cancel.
    private var sent: Set<Int> = []
    /// Whether the outbox failed to record something already (said once, not per write).
    private var reportedJournalFailure = false

    init(
        backend: any HelpdeskBackend, journal: (any WriteJournal)?, send: @escaping @Sendable (Action) -> Void,
        clock: Clock = .system, retryDelay: RetryDelay = RetryDelay(), maximumConcurrent: Int = 4
    ) {
        self.backend = backend
        self.journal = journal
        self.send = send
        self.clock = clock
        self.retryDelay = retryDelay
        self.maximumConcurrent = max(1, maximumConcurrent)
    }

    /// Records a write in the outbox (unless it came from there: `isRecorded`), then sends it
    /// when its turn comes. A write already queued (the same id) is not queued twice.
    func add(_ entry: OutboxEntry, isRecorded: Bool = false) {
        guard !entries.contains(where: { $0.id == entry.id }) else { return }
        if !isRecorded { record { try $0.enqueue(entry) } }
        entries.append(entry)
        pump()
    }

    /// Cancels all of `ids` if none of them has gone out yet, else none (the reducer then
    /// lets the inverse writes it queued behind them undo their effect on the server).
    /// Answers `writesCancelled` or `writesNotCancelled`.
    func cancel(_ ids: [Int]) {
        let cancellable = ids.allSatisfy { id in
            !sent.contains(id) && entries.contains { $0.id == id && $0.attempts == 0 }
        }
        guard cancellable else {
            send(.writesNotCancelled(ids))
            return
        }
        for id in ids {
            tasks.removeValue(forKey: id)?.cancel()
            entries.removeAll { $0.id == id }
            record { try $0.removeFromOutbox(id) }
        }
        send(.writesCancelled(ids))
        pump()
    }

    /// Stops every write in progress; they stay in the outbox for the next start.
    func stop() {
        for task in tasks.values { task.cancel() }
        tasks.removeAll()
        entries.removeAll()
    }

    /// Starts every write whose turn has come.
    private func pump() {
        var busy = Set<TicketID>()
        for entry in entries {
            let tickets = entry.write.ticketIDs
            let waitsForEarlier = tickets.contains(where: busy.contains)
            busy.formUnion(tickets)
            guard !waitsForEarlier, tasks[entry.id] == nil, tasks.count < maximumConcurrent else { continue }
            let id = entry.id
            tasks[id] = Task { await self.run(id) }
        }
    }

    private func run(_ id: Int) async {
        var failures = 0
        while let entry = entries.first(where: { $0.id == id }), !Task.isCancelled {
            if let notBefore = entry.notBefore {
                let wait = notBefore.timeIntervalSince(clock.now())
                if wait > 0 {
                    do { try await clock.sleep(wait) } catch { return }
                    continue  // it may have been cancelled while held
                }
            }
            switch await attempt(entry) {
            case .answered(let outcome):
                finish(id)
                send(outcome)
                return
            case .retry(let error):
                failures += 1
                let delay = retryDelay.seconds(after: error, failures: failures)
                send(.writeRetrying(id: id, error, retryAt: clock.now().addingTimeInterval(delay)))
                do { try await clock.sleep(delay) } catch { return }
            }
        }
    }

    private enum Attempt {
        case answered(Action)
        case retry(BackendError)
    }

    private func attempt(_ entry: OutboxEntry) async -> Attempt {
        var entry = entry
        do throws(BackendError) {
            if entry.attempts > 0, case .post(let message, let ticket) = entry.write {
                let since = entry.createdAt.addingTimeInterval(-Self.clockSkew)
                if try await backend.containsMessage(message, on: ticket.id, postedSince: since) {
                    return .answered(.writeSucceeded(id: entry.id))
                }
            }
            if entry.attempts > 0,
                let made = try await entry.write.ticketAlreadyCreated(
                    on: backend, since: entry.createdAt.addingTimeInterval(-Self.clockSkew))
            {
                send(.ticketCreated(made, writeID: entry.id))
                return .answered(.writeSucceeded(id: entry.id))
            }
            entry.attempts += 1
            sent.insert(entry.id)
            if let index = entries.firstIndex(where: { $0.id == entry.id }) { entries[index] = entry }
            record { try $0.update(entry) }
            if case .created(let ticket) = try await entry.write.send(to: backend) {
                send(.ticketCreated(ticket, writeID: entry.id))
            }
            return .answered(.writeSucceeded(id: entry.id))
        } catch {
            return error.isRetryable ? .retry(error) : .answered(.writeFailed(id: entry.id, error))
        }
    }

    private func finish(_ id: Int) {
        entries.removeAll { $0.id == id }
        tasks[id] = nil
        sent.remove(id)
        record { try $0.removeFromOutbox(id) }
        pump()
    }

    /// Runs one outbox operation; a failure is told once, and the write is still sent: losing
    /// the crash-safety of one session is better than losing the agent's action now.
    private func record(_ operation: (any WriteJournal) throws -> Void) {
        guard let journal else { return }
        do {
            try operation(journal)
        } catch {
            guard !reportedJournalFailure else { return }
            reportedJournalFailure = true
            send(.localStoreFailed("The outbox could not be saved (\(error)); writes are sent but would not survive a crash"))
        }
    }
}
