import Foundation

extension State {
    /// Seconds without a key after which the agent counts as away.
    static let idleAfter: Double = 600
    /// How much slower the background refresh runs while the agent is away, and its slowest.
    static let awayRefreshFactor: Double = 5
    static let slowestAwayRefresh: Double = 900

    /// Whether nobody is watching: the terminal reported losing focus, or no key came for
    /// ``idleAfter`` seconds. Before the program started (no time recorded yet) nobody is away.
    public var isAgentAway: Bool {
        guard isTerminalFocused else { return true }
        guard let lastKeyAt else { return false }
        return now.timeIntervalSince(lastKeyAt) >= State.idleAfter
    }

    /// Seconds until the next background refresh: the configured interval, or five times it
    /// (at most a quarter of an hour, never faster than configured) while the agent is away,
    /// so an unwatched terminal does not spend the desk's rate limit.
    var currentRefreshInterval: Double {
        let normal = max(refreshInterval, 1)
        guard isAgentAway else { return normal }
        return max(normal, min(normal * State.awayRefreshFactor, State.slowestAwayRefresh))
    }

    /// A key arrived at `date`: the agent is here (whatever focus reporting last said), and if
    /// they were away, the refresh returns to its normal pace.
    mutating func keyPressed(at date: Date) -> [Effect] {
        now = max(now, date)
        let wasAway = isAgentAway
        lastKeyAt = date
        isTerminalFocused = true
        return wasAway ? resumeRefreshPace() : []
    }

    /// The terminal gained or lost focus at `date`.
    mutating func focusChanged(_ focused: Bool, at date: Date) -> [Effect] {
        now = max(now, date)
        let wasAway = isAgentAway
        isTerminalFocused = focused
        // Losing focus needs no effect: the refresh under way or scheduled keeps its time,
        // and the next one is scheduled at the slow pace.
        return wasAway && !isAgentAway ? resumeRefreshPace() : []
    }

    /// The agent is back: refresh now if one is overdue by the normal pace, else bring the
    /// slow-paced timer forward to when the normal pace would have fired.
    private mutating func resumeRefreshPace() -> [Effect] {
        guard listSync == nil else { return [] }  // a refresh under way schedules the next itself
        let due: Date
        switch sync {
        case .upToDate(let finished):
            due = finished.addingTimeInterval(currentRefreshInterval)
        case .failed(_, let retryAt?):
            due = min(retryAt, now.addingTimeInterval(currentRefreshInterval))
        case .idle, .syncing, .failed(_, nil):
            return []
        }
        let wait = due.timeIntervalSince(now)
        return wait <= 0 ? refresh() : [.scheduleRefresh(afterSeconds: wait)]
    }
}
