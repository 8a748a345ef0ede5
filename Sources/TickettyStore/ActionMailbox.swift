/// Where effect tasks leave their actions for the UI thread.
///
/// Effects finish on the runtime's threads, but only the UI thread may touch the ``Store``. So
/// tasks `post` here, and the UI thread `drain`s when woken. `wake` runs when the mailbox goes
/// from empty to non-empty; the app makes it write a byte to a pipe its `poll()` waits on, so
/// the UI sleeps until something happens and never polls on a timer.
///
/// Because wake-ups are coalesced, the UI thread must empty its wake pipe *before* calling
/// `drain()`: a post that lands after the drain then finds the mailbox empty and wakes again.
///
/// ```swift
/// let mailbox = ActionMailbox(wake: { _ = write(wakeFD, "!", 1) })
/// // UI thread, after poll() says the pipe is readable:
/// emptyWakePipe()
/// for action in mailbox.drain() { store.send(action) }
/// ```
public final class ActionMailbox: Sendable {
    private let queue = Locked<[Action]>([])
    private let wake: @Sendable () -> Void

    /// - Parameter wake: Called, on the posting thread and outside the lock, after a post into
    ///   an empty mailbox. Later posts before the next `drain` do not call it again.
    public init(wake: @escaping @Sendable () -> Void = {}) {
        self.wake = wake
    }

    /// Leaves an action for the UI thread. Safe from any thread.
    public func post(_ action: Action) {
        let wasEmpty = queue.withLock { queue in
            queue.append(action)
            return queue.count == 1
        }
        if wasEmpty { wake() }
    }

    /// Takes every action posted so far, oldest first.
    public func drain() -> [Action] {
        queue.withLock { queue in
            defer { queue.removeAll(keepingCapacity: true) }
            return queue
        }
    }
}
