import Foundation

/// What Linux's `/proc` says about a process: memory, CPU time and how often its threads slept.
struct ProcessStatus {
    /// Resident memory now, in kB (`VmRSS`).
    var residentKB: Int
    /// The most resident memory so far, in kB (`VmHWM`).
    var peakResidentKB: Int
    /// CPU time of all threads, user and system, in nanoseconds (from each thread's `schedstat`).
    var cpuNanoseconds: UInt64
    /// Per thread (by tid): voluntary context switches, i.e. times the thread blocked and was
    /// woken again. An idle thread blocked in `poll()` or `epoll_wait()` adds none.
    var wakeUps: [Int: Int]
    /// Per thread (by tid): the thread's name (`comm`).
    var threadNames: [Int: String]

    var totalWakeUps: Int { wakeUps.values.reduce(0, +) }

    /// Reads `/proc/<pid>`; `nil` once the process is gone.
    static func read(pid: Int32) -> ProcessStatus? {
        let root = "/proc/\(pid)"
        guard let status = try? String(contentsOfFile: root + "/status", encoding: .utf8) else { return nil }
        var result = ProcessStatus(
            residentKB: field("VmRSS", in: status) ?? 0, peakResidentKB: field("VmHWM", in: status) ?? 0,
            cpuNanoseconds: 0, wakeUps: [:], threadNames: [:])
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: root + "/task")) ?? []
        for task in tasks {
            guard let tid = Int(task) else { continue }
            let taskRoot = root + "/task/" + task
            // schedstat: nanoseconds on a CPU, nanoseconds waiting for one, timeslices.
            if let schedstat = try? String(contentsOfFile: taskRoot + "/schedstat", encoding: .utf8),
                let onCPU = schedstat.split(separator: " ").first.flatMap({ UInt64($0) })
            {
                result.cpuNanoseconds += onCPU
            }
            if let taskStatus = try? String(contentsOfFile: taskRoot + "/status", encoding: .utf8) {
                result.wakeUps[tid] = field("voluntary_ctxt_switches", in: taskStatus) ?? 0
            }
            let name = (try? String(contentsOfFile: taskRoot + "/comm", encoding: .utf8)) ?? "?"
            result.threadNames[tid] = name.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return result
    }

    /// This process.
    static func current() -> ProcessStatus? { read(pid: getpid()) }

    /// The number after `name:` in a `/proc/*/status` text (kB for memory fields).
    private static func field(_ name: String, in status: String) -> Int? {
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            return line.dropFirst(name.count + 1).split(whereSeparator: \.isWhitespace).first.flatMap { Int($0) }
        }
        return nil
    }
}
