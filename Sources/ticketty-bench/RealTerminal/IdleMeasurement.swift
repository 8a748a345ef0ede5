import Foundation

/// A process left alone: its CPU time and its threads' wake-ups, second by second.
struct IdleMeasurement {
    /// Seconds measured.
    var seconds: Int
    /// CPU time of all threads over the window, in nanoseconds.
    var cpuNanoseconds: UInt64
    /// Wall time of the window, in nanoseconds.
    var wallNanoseconds: UInt64
    /// Wake-ups (voluntary context switches) in each second of the window.
    var wakeUpsPerSecond: [Int]
    /// Wake-ups over the window by thread name.
    var wakeUpsByThread: [String: Int]

    var cpuPercent: Double { Double(cpuNanoseconds) / Double(wallNanoseconds) * 100 }
    var totalWakeUps: Int { wakeUpsPerSecond.reduce(0, +) }

    /// Runs of consecutive seconds with wake-ups: each is one burst of work (a refresh, a clock
    /// tick); between them the process slept. As (first second, last second) pairs.
    var bursts: [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        for (second, count) in wakeUpsPerSecond.enumerated() where count > 0 {
            if let last = result.last, last.upperBound == second - 1 {
                result[result.count - 1] = last.lowerBound...second
            } else {
                result.append(second...second)
            }
        }
        return result
    }

    /// Watches `pid` for `seconds`, reading `/proc` once a second (which does not wake it).
    static func watch(pid: Int32, seconds: Int) throws -> IdleMeasurement {
        guard let first = ProcessStatus.read(pid: pid) else { throw BenchFailure("process \(pid) is gone") }
        let start = Clocks.monotonicNanoseconds()
        var previous = first
        var perSecond: [Int] = []
        var byThread: [String: Int] = [:]
        for second in 1...max(1, seconds) {
            let due = start + UInt64(second) * 1_000_000_000
            let now = Clocks.monotonicNanoseconds()
            if due > now { Thread.sleep(forTimeInterval: Double(due - now) / 1e9) }
            guard let current = ProcessStatus.read(pid: pid) else { throw BenchFailure("process \(pid) ended while idle") }
            var count = 0
            for (tid, wakeUps) in current.wakeUps {
                // A thread born in this second counts from zero; one that ended is not counted.
                let delta = max(0, wakeUps - (previous.wakeUps[tid] ?? 0))
                count += delta
                byThread[current.threadNames[tid] ?? "?", default: 0] += delta
            }
            perSecond.append(count)
            previous = current
        }
        return IdleMeasurement(
            seconds: perSecond.count, cpuNanoseconds: previous.cpuNanoseconds - min(first.cpuNanoseconds, previous.cpuNanoseconds),
            wallNanoseconds: Clocks.monotonicNanoseconds() - start, wakeUpsPerSecond: perSecond,
            wakeUpsByThread: byThread.filter { $0.value > 0 })
    }
}
