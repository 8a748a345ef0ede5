import Foundation
@testable import TickettyStore

/// A mailbox whose wake-ups a test can await, the way the app's `poll()` loop would.
final class Wakeups: Sendable {
    let mailbox: ActionMailbox
    private let wakes: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    init() {
        let (wakes, continuation) = AsyncStream.makeStream(of: Void.self)
        self.wakes = wakes
        self.continuation = continuation
        self.mailbox = ActionMailbox(wake: { continuation.yield() })
    }

    /// Drains the mailbox on every wake-up until `done` holds for what arrived, or until a
    /// generous deadline passes (so a broken timer fails the test instead of hanging it).
    func collect(until done: @escaping ([Action]) -> Bool) async -> [Action] {
        let deadline = Task { [continuation] in
            try? await Task.sleep(for: .seconds(10))
            continuation.finish()
        }
        defer { deadline.cancel() }
        var received: [Action] = []
        for await _ in wakes {
            received += mailbox.drain()
            if done(received) { break }
        }
        return received
    }
}
