import ArgumentParser
import Foundation
import TickettyStore
import TickettyUI

/// `ticketty-bench memory-probe`: loads the whole queue into a session, draws it, and prints
/// the process's resident memory. `floors` runs it as a child process so that its own
/// measurements (and their garbage) do not count.
struct MemoryProbe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memory-probe",
        abstract: "Print resident memory with the whole queue loaded (used by `floors`).",
        shouldDisplay: false)

    @Option(help: "How many tickets the queue has.")
    var tickets = 100_000

    @Option(help: "Where the cache file is (written by `floors`).")
    var cacheDirectory = BenchCache.defaultDirectory

    func run() throws {
        let session = HeadlessSession(state: State(accountName: BenchCache.account(tickets: tickets)), size: Size(columns: 160, rows: 40))
        try BenchCache.loadAll(tickets: tickets, in: cacheDirectory, into: session)
        session.redraw()
        guard let status = ProcessStatus.current() else { throw ValidationError("/proc/self/status is unreadable") }
        print("tickets=\(session.store.state.tickets.count) rss_kb=\(status.residentKB) hwm_kb=\(status.peakResidentKB)")
    }

    /// Runs the probe in a child process and returns (tickets, VmRSS kB, VmHWM kB).
    static func runChild(tickets: Int, cacheDirectory: String) throws -> (tickets: Int, residentKB: Int, peakKB: Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["memory-probe", "--tickets", String(tickets), "--cache-directory", cacheDirectory]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var values: [String: Int] = [:]
        for pair in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace) {
            let parts = pair.split(separator: "=")
            if parts.count == 2, let value = Int(parts[1]) { values[String(parts[0])] = value }
        }
        guard process.terminationStatus == 0, let count = values["tickets"], let rss = values["rss_kb"],
            let hwm = values["hwm_kb"]
        else { throw ValidationError("memory-probe failed (status \(process.terminationStatus))") }
        return (count, rss, hwm)
    }
}
