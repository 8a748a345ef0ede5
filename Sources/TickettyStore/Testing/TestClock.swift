import Foundation

/// A ``ReadClock`` that stands still until a test moves it, so timing can be tested without
/// real sleeps.
///
/// Sleepers wait until ``advance(by:)`` moves the time past their deadline.
/// ``waitForSleepers(_:)`` lets a test wait until the code under test has gone to sleep (so
/// advancing is sure to wake it), and ``sleeperDeadlines`` shows when each sleeper wants to
/// wake, which is how a test checks a delay without waiting it out:
///
/// ```swift
/// let clock = TestClock(now: start)
/// queue.submit(.agents, priority: .background)   // the bucket is empty: the queue sleeps
/// await clock.waitForSleepers(1)
/// XCTAssertEqual(clock.sleeperDeadlines, [start.addingTimeInterval(0.2)])
/// clock.advance(by: 0.2)                          // and now it starts the read
/// ```
public final class TestClock: ReadClock {
    private struct Sleeper {
        var deadline: Date
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct Book {
        var now: Date
        var sleepers: [Int: Sleeper] = [:]
        /// Sleeps cancelled before they registered.
        var cancelled: Set<Int> = []
        var nextID = 0
        var watchers: [(count: Int, continuation: CheckedContinuation<Void, Never>)] = []
    }

    private let book: Locked<Book>

    public init(now: Date) {
        self.book = Locked(Book(now: now))
    }

    public var now: Date { book.withLock(\.now) }

    /// When each sleeper wants to wake, earliest first.
    public var sleeperDeadlines: [Date] {
        book.withLock { $0.sleepers.values.map(\.deadline).sorted() }
    }

    public func sleep(until deadline: Date) async throws {
        let id = book.withLock { book in
            defer { book.nextID += 1 }
            return book.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let (outcome, watchers) = book.withLock { book -> (Result<Void, any Error>?, [CheckedContinuation<Void, Never>]) in
                    if book.cancelled.remove(id) != nil { return (.failure(CancellationError()), []) }
                    if deadline <= book.now { return (.success(()), []) }
                    book.sleepers[id] = Sleeper(deadline: deadline, continuation: continuation)
                    return (nil, Self.satisfiedWatchers(&book))
                }
                if let outcome { continuation.resume(with: outcome) }
                for watcher in watchers { watcher.resume() }
            }
        } onCancel: {
            let sleeper = book.withLock { book -> Sleeper? in
                guard let sleeper = book.sleepers.removeValue(forKey: id) else {
                    book.cancelled.insert(id)
                    return nil
                }
                return sleeper
            }
            sleeper?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves the time on and wakes every sleeper whose deadline has come, earliest first.
    public func advance(by seconds: TimeInterval) {
        advance(to: now.addingTimeInterval(seconds))
    }

    /// Moves the time on to `date` (never back) and wakes every sleeper whose deadline has
    /// come, earliest first.
    public func advance(to date: Date) {
        let due = book.withLock { book -> [Sleeper] in
            book.now = max(book.now, date)
            let now = book.now
            let due = book.sleepers.filter { $0.value.deadline <= now }
            for id in due.keys { book.sleepers[id] = nil }
            return due.values.sorted { $0.deadline < $1.deadline }
        }
        for sleeper in due { sleeper.continuation.resume() }
    }

    /// Returns once at least `count` sleepers are waiting.
    public func waitForSleepers(_ count: Int) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ready = book.withLock { book in
                if book.sleepers.count >= count { return true }
                book.watchers.append((count, continuation))
                return false
            }
            if ready { continuation.resume() }
        }
    }

    private static func satisfiedWatchers(_ book: inout Book) -> [CheckedContinuation<Void, Never>] {
        let count = book.sleepers.count
        let ready = book.watchers.filter { $0.count <= count }.map(\.continuation)
        book.watchers.removeAll { $0.count <= count }
        return ready
    }
}
