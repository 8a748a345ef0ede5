import Foundation

/// What Linux's `/proc` says about a process: memory, CPU time and how often its threads slept.
struct ProcessStatus {
    /// Resident memory now, in kB (`VmRSS`).
    var residentKB: Int
    /// The most resident memory so far, in kB (`VmHWM`).
    var peakResidentKB: Int
    /// CPU time of the process, user and system, threads that ended included, in nanoseconds
    /// (`utime` + `stime` of `/proc/<pid>/stat`, counted in clock ticks of 10 ms).
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
        if let stat = try? String(contentsOfFile: root + "/stat", encoding: .utf8),
            let afterName = stat.range(of: ") ", options: .backwards)
        {
            // Fields after the command name start with field 3 (state); utime and stime are 14 and 15.
            let fields = stat[afterName.upperBound...].split(separator: " ")
            if fields.count > 12, let user = UInt64(fields[11]), let system = UInt64(fields[12]) {
                result.cpuNanoseconds = (user + system) * 1_000_000_000 / UInt64(sysconf(Int32(_SC_CLK_TCK)))
            }
        }
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: root + "/task")) ?? []
        for task in tasks {
            guard let tid = Int(task) else { continue }
            let taskRoot = root + "/task/" + task
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
