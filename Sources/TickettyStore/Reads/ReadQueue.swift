import Foundation
import TickettyCore

/// The one queue every read goes through: it decides which read starts next, how many run at
/// once and how fast they start, and retries the ones that fail for a passing reason.
///
/// - **Order.** The highest ``ReadPriority`` first (the open ticket, then the visible page,
///   then prefetch, then the rest); first come, first served within a priority.
/// - **Coalescing.** A read submitted while the same ``ReadRequest`` waits or runs is not run
///   again; a higher priority raises the one already there.
/// - **Cancellation.** ``cancel(_:)`` and ``cancel(where:)`` drop waiting reads and cancel
///   running ones, whose results are then thrown away.
/// - **Limits.** At most ``ReadQueueConfiguration/maxConcurrent`` run at once, and starts draw
///   from a ``TokenBucket``.
/// - **Failures.** A 429 pauses the whole queue for its `Retry-After` (capped); 5xx, timeouts
///   and dropped connections retry that read after a ``Backoff`` delay, reported as
///   ``ReadEvent/retrying(_:_:retryAt:)``; other errors are reported at once as
///   ``ReadEvent/failed(_:_:)``.
///
/// Every method returns at once and may be called from any thread. Outcomes arrive through
/// `report`, on whichever thread finished the work; those of different reads in no promised
/// order.
///
/// ```swift
/// let queue = ReadQueue<TicketDetail>(perform: { request in ... }, report: { event in ... })
/// queue.submit(.ticket(42), priority: .openTicket)
/// queue.cancel { _, priority in priority == .prefetch }
/// ```
public final class ReadQueue<Value: Sendable>: Sendable {
    /// Performs one read.
    public typealias Perform = @Sendable (ReadRequest) async throws(BackendError) -> Value

    /// A read waiting for its turn (or for its retry time).
    private struct Waiting {
        var priority: ReadPriority
        /// Arrival order, for first come first served within a priority.
        var sequence: Int
        /// Not before this time: a retry's backoff.
        var notBefore: Date?
        /// Tries that failed so far.
        var attempts = 0
        /// The backoff before this try, for decorrelated jitter.
        var previousDelay: Double?
    }

    /// A read under way.
    private struct Running {
        var waiting: Waiting
        /// Tells this run's result from a cancelled earlier run of the same request.
        var generation: Int
        var task: Task<Void, Never>?
    }

    private struct Book {
        var waiting: [ReadRequest: Waiting] = [:]
        var running: [ReadRequest: Running] = [:]
        var bucket: TokenBucket
        /// A 429 stops every start until then.
        var pausedUntil: Date?
        var nextSequence = 0
        var nextGeneration = 0
        /// Wakes the queue when the next read may start (bucket, pause or backoff).
        var timer: Task<Void, Never>?
        var timerDeadline: Date?
        var stopped = false
    }

    private let configuration: ReadQueueConfiguration
    private let clock: any ReadClock
    private let random: @Sendable () -> Double
    private let perform: Perform
    private let report: @Sendable (ReadEvent<Value>) -> Void
    private let book: Locked<Book>

    /// - Parameters:
    ///   - configuration: Concurrency, rate and retry limits.
    ///   - clock: The time source; ``TestClock`` in tests.
    ///   - random: Numbers in `0...1` for the backoff's jitter; fixed in tests.
    ///   - perform: Does one read.
    ///   - report: Receives every outcome, on any thread; it must not call back into the queue
    ///     synchronously in a way that waits for it.
    public init(
        configuration: ReadQueueConfiguration = ReadQueueConfiguration(),
        clock: any ReadClock = SystemReadClock(),
        random: @escaping @Sendable () -> Double = { Double.random(in: 0...1) },
        perform: @escaping Perform,
        report: @escaping @Sendable (ReadEvent<Value>) -> Void
    ) {
        self.configuration = configuration
        self.clock = clock
        self.random = random
        self.perform = perform
        self.report = report
        self.book = Locked(Book(bucket: TokenBucket(
            requestsPerMinute: configuration.requestsPerMinute, burst: configuration.burst, now: clock.now)))
    }

    deinit { stop() }

    /// Asks for a read. If the same request already waits or runs, it is not run twice; its
    /// priority is raised to `priority` if that is higher.
    public func submit(_ request: ReadRequest, priority: ReadPriority) {
        book.withLock { book in
            guard !book.stopped else { return }
            if var running = book.running[request] {
                running.waiting.priority = max(running.waiting.priority, priority)
                book.running[request] = running
                return
            }
            if var waiting = book.waiting[request] {
                waiting.priority = max(waiting.priority, priority)
                book.waiting[request] = waiting
            } else {
                book.waiting[request] = Waiting(priority: priority, sequence: book.nextSequence)
                book.nextSequence += 1
            }
            pump(&book)
        }
    }

    /// Drops a read: forgotten if waiting; cancelled, its result discarded, if running.
    public func cancel(_ request: ReadRequest) {
        cancel { candidate, _ in candidate == request }
    }

    /// Drops every read, waiting or running, for which `matches(request, priority)` holds.
    public func cancel(where matches: (ReadRequest, ReadPriority) -> Bool) {
        book.withLock { book in
            for (request, waiting) in book.waiting where matches(request, waiting.priority) {
                book.waiting[request] = nil
            }
            for (request, running) in book.running where matches(request, running.waiting.priority) {
                running.task?.cancel()
                book.running[request] = nil
            }
            pump(&book)
        }
    }

    /// Cancels everything and refuses further reads (when the program ends).
    public func stop() {
        book.withLock { book in
            book.stopped = true
            book.waiting.removeAll()
            for running in book.running.values { running.task?.cancel() }
            book.running.removeAll()
            book.timer?.cancel()
            book.timer = nil
        }
    }

    /// Requests waiting or running, with their priority (for tests and diagnostics).
    public var pending: [ReadRequest: ReadPriority] {
        book.withLock { book in
            var all = book.waiting.mapValues(\.priority)
            for (request, running) in book.running { all[request] = running.waiting.priority }
            return all
        }
    }

    // MARK: Scheduling

    /// Starts as many waiting reads as the limits allow, and sets the timer for the moment
    /// the next one may start.
    private func pump(_ book: inout Book) {
        guard !book.stopped else { return }
        let now = clock.now
        while book.running.count < max(1, configuration.maxConcurrent) {
            if let paused = book.pausedUntil {
                guard paused <= now else { return wake(&book, at: paused) }
                book.pausedUntil = nil
            }
            let next = book.waiting
                .filter { ($0.value.notBefore ?? now) <= now }
                .max { ($0.value.priority, -$0.value.sequence) < ($1.value.priority, -$1.value.sequence) }
            guard let (request, waiting) = next else {
                if let earliest = book.waiting.values.compactMap(\.notBefore).min() { wake(&book, at: earliest) }
                return
            }
            guard book.bucket.tryTake(at: now) else {
                return wake(&book, at: now.addingTimeInterval(book.bucket.timeUntilNextToken(at: now)))
            }
            book.waiting[request] = nil
            start(request, waiting, in: &book)
        }
    }

    private func start(_ request: ReadRequest, _ waiting: Waiting, in book: inout Book) {
        let generation = book.nextGeneration
        book.nextGeneration += 1
        let perform = self.perform
        // Created under the lock: the task's `finish` needs the lock, so it cannot run before
        // its handle is recorded.
        let task = Task {
            let outcome: Result<Value, BackendError>
            do throws(BackendError) {
                outcome = .success(try await perform(request))
            } catch {
                outcome = .failure(error)
            }
            self.finish(request, generation: generation, outcome)
        }
        book.running[request] = Running(waiting: waiting, generation: generation, task: task)
    }

    /// Arms the one timer for `deadline`, replacing a timer for another time.
    private func wake(_ book: inout Book, at deadline: Date) {
        if book.timer != nil, book.timerDeadline == deadline { return }
        book.timer?.cancel()
        book.timerDeadline = deadline
        let clock = self.clock
        book.timer = Task {
            do {
                try await clock.sleep(until: deadline)
            } catch {
                return  // replaced or stopped
            }
            self.book.withLock { book in
                book.timer = nil
                book.timerDeadline = nil
                self.pump(&book)
            }
        }
    }

    // MARK: Outcomes

    private func finish(_ request: ReadRequest, generation: Int, _ outcome: Result<Value, BackendError>) {
        let event: ReadEvent<Value>? = book.withLock { book in
            // A cancelled run (or one superseded by a newer run) answers nobody.
            guard let running = book.running[request], running.generation == generation else { return nil }
            book.running[request] = nil
            defer { pump(&book) }
            switch outcome {
            case .success(let value):
                return .loaded(request, value, priority: running.waiting.priority)
            case .failure(let error):
                return retry(request, running.waiting, after: error, in: &book)
            }
        }
        if let event { report(event) }
    }

    /// Puts a failed read back in line for a retry when that may help, and says what happens.
    private func retry(_ request: ReadRequest, _ failed: Waiting, after error: BackendError, in book: inout Book) -> ReadEvent<Value> {
        var waiting = failed
        waiting.attempts += 1
        guard error.isRetryable, waiting.attempts < configuration.maxAttempts else {
            return .failed(request, error)
        }
        let now = clock.now
        let delay: Double
        if case .rateLimited(let retryAfter?) = error {
            delay = min(max(1, Double(retryAfter)), configuration.maximumRetryAfter)
        } else {
            delay = configuration.backoff.delay(attempt: waiting.attempts, previous: waiting.previousDelay, random: random())
        }
        let retryAt = now.addingTimeInterval(delay)
        if case .rateLimited = error {
            // The server is out of patience with all of us, not with this one request.
            book.pausedUntil = max(book.pausedUntil ?? retryAt, retryAt)
        }
        waiting.notBefore = retryAt
        waiting.previousDelay = delay
        book.waiting[request] = waiting
        return .retrying(request, error, retryAt: retryAt)
    }
}
