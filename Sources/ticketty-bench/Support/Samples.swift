import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Timings of one operation repeated many times: wall time (what the agent waits) and this
/// thread's CPU time (what the code costs, without the waits a shared machine adds).
struct Samples {
    /// Wall-clock durations in milliseconds, in the order measured.
    private(set) var wall: [Double] = []
    /// Thread CPU durations in milliseconds, in the order measured.
    private(set) var cpu: [Double] = []

    /// Runs `body` once, recording its wall and CPU time.
    @discardableResult
    mutating func time<T>(_ body: () throws -> T) rethrows -> T {
        let wallStart = Clocks.monotonicNanoseconds()
        let cpuStart = Clocks.threadCPUNanoseconds()
        let result = try body()
        cpu.append(Double(Clocks.threadCPUNanoseconds() - cpuStart) / 1e6)
        wall.append(Double(Clocks.monotonicNanoseconds() - wallStart) / 1e6)
        return result
    }

    /// Adds samples measured elsewhere (wall and CPU in milliseconds).
    mutating func append(wall wallMilliseconds: Double, cpu cpuMilliseconds: Double) {
        wall.append(wallMilliseconds)
        cpu.append(cpuMilliseconds)
    }

    var count: Int { wall.count }

    /// The wall-time percentile (0…1) in milliseconds, nearest rank.
    func wallPercentile(_ fraction: Double) -> Double { Self.percentile(wall, fraction) }
    /// The CPU-time percentile (0…1) in milliseconds, nearest rank.
    func cpuPercentile(_ fraction: Double) -> Double { Self.percentile(cpu, fraction) }

    private static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((Double(sorted.count) * fraction).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }
}

/// The clocks the benchmarks read, in nanoseconds.
enum Clocks {
    static func monotonicNanoseconds() -> UInt64 { read(CLOCK_MONOTONIC) }
    static func threadCPUNanoseconds() -> UInt64 { read(CLOCK_THREAD_CPUTIME_ID) }
    /// Wall-clock time since the epoch, comparable with `date +%s%N` in another process.
    static func realtimeNanoseconds() -> UInt64 { read(CLOCK_REALTIME) }

    private static func read(_ clock: clockid_t) -> UInt64 {
        var time = timespec()
        clock_gettime(clock, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}
