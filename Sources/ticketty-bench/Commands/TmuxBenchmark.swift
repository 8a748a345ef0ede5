import ArgumentParser
import Foundation

/// `ticketty-bench tmux`: the real binaries in a real terminal. desksim with a large desk, then
/// ticketty in a tmux pane: a first run syncs everything into the local cache, a second
/// (cached) run is timed from launch to the painted list, then left idle with its refresh
/// timer running while its CPU time and wake-ups are read from `/proc`.
struct TmuxBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tmux",
        abstract: "Measure the real ticketty in a tmux pane: cached start, memory, idle CPU and wake-ups.")

    @Option(help: "How many tickets the desk has.")
    var tickets = 100_000

    @Option(help: "Seconds ticketty is left idle while its CPU time and wake-ups are counted.")
    var idleSeconds = 60

    @Option(help: "ticketty's --refresh-seconds (its default is 60).")
    var refreshSeconds = 60.0

    @Option(help: "The pane's width.")
    var columns = 160

    @Option(help: "The pane's height.")
    var rows = 40

    @Option(help: "Where ticketty and desksim are (default: next to this executable).")
    var binDirectory: String?

    @Option(help: "Where the desk's database (kept between runs), the private HOME and the logs go.")
    var workDirectory = NSTemporaryDirectory() + "ticketty-bench-tmux"

    @Option(help: "Seconds the first run may take to sync the whole desk.")
    var syncTimeout = 900.0

    func run() throws {
        let binaries = binDirectory ?? URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().path
        let home = workDirectory + "/home"
        try? FileManager.default.removeItem(atPath: home)
        try FileManager.default.createDirectory(atPath: home + "/config/ticketty", withIntermediateDirectories: true)
        print("ticketty-bench tmux: \(tickets) tickets, \(columns)×\(rows) pane, load average \(Figures.loadAverage()) at start")

        var table = FloorTable()
        let apiKey = (0..<4).map { _ in String(UInt64.random(in: .min ... .max), radix: 36) }.joined()
        let deskStarted = Clocks.monotonicNanoseconds()
        let desk = try DesksimServer(
            executable: binaries + "/desksim", apiKey: apiKey, tickets: tickets,
            database: workDirectory + "/desk-\(tickets).sqlite", logFile: workDirectory + "/desksim.log")
        defer { desk.stop() }
        print("desksim ready in \(Self.seconds(Clocks.monotonicNanoseconds() - deskStarted)) on port \(desk.port)")

        func launch() throws -> TickettyInPane {
            try TickettyInPane(
                executable: binaries + "/ticketty", accountURL: desk.accountURL, apiKey: apiKey,
                refreshSeconds: refreshSeconds, home: home, columns: columns, rows: rows)
        }

        // First run: nothing cached; sync the whole desk once.
        let first = try launch()
        let firstPaint = try first.pane.waitUntil(timeout: 120, "the list", PaneText.listPainted)
        let firstSync = try first.pane.waitUntil(timeout: syncTimeout, pause: .milliseconds(200), "the whole desk synced") {
            PaneText.synced($0, tickets: tickets)
        }
        let firstLaunch = try first.launchedAt()
        table.add("first run (empty cache): launch → first page painted", Self.milliseconds(firstPaint.seenAt - firstLaunch))
        table.add("first run: launch → all \(tickets) synced", Self.seconds(firstSync.seenAt - firstLaunch))
        try first.quit()
        print("first run done; the cache directory holds: \(Self.listing(home + "/cache/ticketty"))")

        // Second run: from the cache.
        let second = try launch()
        defer { try? second.quit() }
        let paint = try second.pane.waitUntil(timeout: 60, "the list", PaneText.listPainted)
        let launched = try second.launchedAt()
        let painted = paint.seenAt - launched
        table.add(
            "cached run: launch → list painted in the pane", "\(Self.milliseconds(painted)) (pane read every ≈ \(Self.milliseconds(paint.seenAt - paint.notBefore)))",
            floor: "< 200 ms", passed: painted < 200_000_000)
        let synced = try second.pane.waitUntil(timeout: syncTimeout, pause: .milliseconds(100), "the whole desk listed and refreshed") {
            PaneText.synced($0, tickets: tickets)
        }
        table.add("cached run: launch → all \(tickets) listed, first refresh done", Self.seconds(synced.seenAt - launched))

        // Let the last chunk's and the refresh's garbage settle before the quiet minute.
        Thread.sleep(forTimeInterval: 2)
        let idle = try IdleMeasurement.watch(pid: second.pid, seconds: idleSeconds)
        guard let memory = ProcessStatus.read(pid: second.pid) else { throw BenchFailure("ticketty ended") }
        table.add(
            "resident memory of ticketty, all listed (VmRSS / peak VmHWM)",
            "\(Figures.mb(kilobytes: memory.residentKB)) / \(Figures.mb(kilobytes: memory.peakResidentKB))",
            floor: "< 300 MB", passed: memory.peakResidentKB < 300 * 1024)
        table.add(
            "idle CPU over \(idle.seconds) s (refresh every \(Int(refreshSeconds)) s)", Figures.percent(idle.cpuPercent),
            floor: "< 0.5 % of a core", passed: idle.cpuPercent < 0.5)
        // Allowed: one burst per refresh and per minute's clock tick (SLA countdowns) in the window.
        let allowed = Int((Double(idle.seconds) / refreshSeconds).rounded(.up)) + (idle.seconds + 59) / 60
        table.add(
            "wake-ups over \(idle.seconds) s: total, and the seconds they fell in",
            "\(idle.totalWakeUps) in \(idle.bursts.count) burst(s): \(idle.bursts.map { "\($0.lowerBound)–\($0.upperBound + 1) s" }.joined(separator: ", "))",
            floor: "only at refreshes (≤ \(allowed) bursts of ≤ 3 s)",
            passed: idle.bursts.count <= allowed && idle.bursts.allSatisfy { $0.count <= 3 })

        print("\n" + table.render())
        print("\nwake-ups by thread: " + idle.wakeUpsByThread.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        print("wake-ups second by second: " + idle.wakeUpsPerSecond.map(String.init).joined(separator: " "))
        print("load average \(Figures.loadAverage()) at the end")
        if !table.allPassed { throw ExitCode(1) }
    }

    private static func milliseconds(_ nanoseconds: UInt64) -> String { Figures.ms(Double(nanoseconds) / 1e6) }
    private static func seconds(_ nanoseconds: UInt64) -> String { String(format: "%.1f s", Double(nanoseconds) / 1e9) }

    private static func listing(_ directory: String) -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.isEmpty ? "nothing" : names.sorted().joined(separator: ", ")
    }
}
