import ArgumentParser
import Foundation
import TickettyCore
import TickettyStore
import TickettyUI

/// `ticketty-bench floors`: issue 5's performance floors, headless, as one table.
///
/// Every figure runs the app's own code (store, reducer, screen, diff) on a virtual screen;
/// only the terminal's write is left out. `ticketty-bench tmux` measures the real binary.
struct FloorsBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "floors",
        abstract: "Measure issue 5's floors headlessly (start, key press, filter, memory) at 100,000 tickets.")

    @Option(help: "How many tickets the queue has.")
    var tickets = 100_000

    @Option(help: "How many keys are pressed per screen size.")
    var keys = 2_000

    @Option(help: "How many starts are timed.")
    var startRuns = 20

    @Option(help: "How many times each filter phrase is typed.")
    var filterRounds = 5

    @Option(help: "Where the account cache of generated tickets is kept (written once, then reused).")
    var cacheDirectory = BenchCache.defaultDirectory

    func run() throws {
        print("ticketty-bench floors: \(tickets) tickets, load average \(Figures.loadAverage()) at start")
        var table = FloorTable()
        _ = try BenchCache.prepare(tickets: tickets, in: cacheDirectory)

        let start = try StartMeasurement.measure(
            tickets: tickets, cacheDirectory: cacheDirectory, size: Size(columns: 160, rows: 40), runs: startRuns)
        addStart(start.samples, listed: start.listed, to: &table)

        // The whole queue loaded once; every size starts from a copy of that state.
        let loaded = HeadlessSession(state: State(accountName: BenchCache.account(tickets: tickets)), size: Size(columns: 160, rows: 40))
        try BenchCache.loadAll(tickets: tickets, in: cacheDirectory, into: loaded)
        let state = loaded.store.state
        for size in [Size(columns: 160, rows: 40), Size(columns: 80, rows: 24)] {
            let samples = KeyPressMeasurement.measure(state: state, size: size, count: keys)
            table.add(
                "key press → redrawn screen, \(size.columns)×\(size.rows), p50 / p99 wall",
                "\(Figures.ms(samples.wallPercentile(0.5))) / \(Figures.ms(samples.wallPercentile(0.99)))",
                floor: "p99 < 5 ms", passed: samples.wallPercentile(0.99) < 5)
            // CPU time leaves out the waits for a core on a busy machine: what the code costs.
            table.add(
                "  same, thread CPU p50 / p99 / max",
                "\(Figures.ms(samples.cpuPercentile(0.5))) / \(Figures.ms(samples.cpuPercentile(0.99))) / \(Figures.ms(samples.cpuPercentile(1)))",
                floor: "p99 < 5 ms", passed: samples.cpuPercentile(0.99) < 5)
        }

        let filter = FilterMeasurement.measure(state: state, size: Size(columns: 160, rows: 40), rounds: filterRounds)
        table.add(
            "filter keystroke (type + Backspace), p50 / p99 wall",
            "\(Figures.ms(filter.keystrokes.wallPercentile(0.5))) / \(Figures.ms(filter.keystrokes.wallPercentile(0.99)))",
            floor: "< 30 ms", passed: filter.keystrokes.wallPercentile(0.99) < 30)
        table.add(
            "filter: first keystroke after loading (corpus built in the background)",
            Figures.ms(filter.first.wallPercentile(1)), floor: "< 30 ms", passed: filter.first.wallPercentile(1) < 30)

        let memory = try MemoryProbe.runChild(tickets: tickets, cacheDirectory: cacheDirectory)
        table.add(
            "resident memory, \(memory.tickets) tickets loaded and drawn (VmRSS / peak VmHWM)",
            "\(Figures.mb(kilobytes: memory.residentKB)) / \(Figures.mb(kilobytes: memory.peakKB))",
            floor: "< 300 MB", passed: memory.peakKB < 300 * 1024)

        print("\n" + table.render())
        print("\nload average \(Figures.loadAverage()) at the end; wall times include waits for a CPU on a shared machine.")
        if !table.allPassed { throw ExitCode(1) }
    }

    private func addStart(_ samples: Samples, listed: Int, to table: inout FloorTable) {
        table.add(
            "start → first painted list: open cache, first \(listed), draw; p50 / p99 wall",
            "\(Figures.ms(samples.wallPercentile(0.5))) / \(Figures.ms(samples.wallPercentile(0.99)))",
            floor: "< 200 ms", passed: samples.wallPercentile(0.99) < 200)
        table.add("  first run in the process (cold)", Figures.ms(samples.wall.first ?? .nan))
    }
}
