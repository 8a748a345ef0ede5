/// The runner's wake-up timers: at most one per kind, a new one replacing the old.
///
/// Each timer is a task sleeping until it is due; it then sends its action once. Replacing a
/// timer cancels the old task, so a retry scheduled after a failure supersedes the regular
/// refresh instead of adding a second one.
public final class EffectTimers: Sendable {
    /// The timers there can be one of.
    public enum Kind: Hashable, Sendable {
        case refresh, clockTick
    }

    private let send: @Sendable (Action) -> Void
    private let tasks = Locked<[Kind: Task<Void, Never>]>([:])

    public init(send: @escaping @Sendable (Action) -> Void) {
        self.send = send
    }

    deinit { cancelAll() }

    /// Sends `makeAction()` after `seconds` (negative or NaN counts as 0), replacing the
    /// previous timer of this kind.
    public func schedule(_ kind: Kind, afterSeconds seconds: Double, _ makeAction: @escaping @Sendable () -> Action) {
        let delay = seconds.isFinite ? max(0, seconds) : 0
        let send = self.send
        tasks.withLock { tasks in
            tasks[kind]?.cancel()
            tasks[kind] = Task {
                do {
                    try await Task.sleep(for: .seconds(delay))
                } catch {
                    return  // replaced or cancelled
                }
                send(makeAction())
            }
        }
    }

    /// Stops every timer (when the program ends).
    public func cancelAll() {
        let running = tasks.withLock { tasks in
            defer { tasks.removeAll() }
            return Array(tasks.values)
        }
        for task in running { task.cancel() }
    }
}
