import Foundation
import TickettyCore
@testable import TickettyStore

/// A stand-in for the backend whose reads wait until the test answers them, so a test
/// decides when each read ends and sees exactly which reads started and which were cancelled.
final class ScriptedReads: Sendable {
    private struct Book {
        var started: [ReadRequest] = []
        var cancelled: [ReadRequest] = []
        var open: [ReadRequest: CheckedContinuation<Result<String, BackendError>, Never>] = [:]
        var watchers: [(count: Int, continuation: CheckedContinuation<Void, Never>)] = []
    }

    private let book = Locked(Book())

    /// Every read started, in order (a retry appears again).
    var started: [ReadRequest] { book.withLock(\.started) }
    /// Reads whose task was cancelled while running.
    var cancelled: [ReadRequest] { book.withLock(\.cancelled) }

    /// The queue's `perform`: waits for ``answer(_:with:)``.
    func perform(_ request: ReadRequest) async throws(BackendError) -> String {
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Result<String, BackendError>, Never>) in
                let watchers = book.withLock { book in
                    book.started.append(request)
                    book.open[request] = continuation
                    let count = book.started.count
                    defer { book.watchers.removeAll { $0.count <= count } }
                    return book.watchers.filter { $0.count <= count }.map(\.continuation)
                }
                for watcher in watchers { watcher.resume() }
            }
        } onCancel: {
            let continuation = book.withLock { book in
                book.cancelled.append(request)
                return book.open.removeValue(forKey: request)
            }
            continuation?.resume(returning: .failure(.transport("cancelled")))
        }
        return try result.get()
    }

    /// Ends a running read with `result`.
    func answer(_ request: ReadRequest, with result: Result<String, BackendError>) {
        let continuation = book.withLock { $0.open.removeValue(forKey: request) }
        precondition(continuation != nil, "\(request) is not running")
        continuation?.resume(returning: result)
    }

    /// Ends a running read successfully with its own description.
    func succeed(_ request: ReadRequest) {
        answer(request, with: .success("\(request)"))
    }

    /// Returns once `count` reads have started.
    func waitForStarted(_ count: Int) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ready = book.withLock { book in
                if book.started.count >= count { return true }
                book.watchers.append((count, continuation))
                return false
            }
            if ready { continuation.resume() }
        }
    }
}
