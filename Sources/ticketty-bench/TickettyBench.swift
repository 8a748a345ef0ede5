import ArgumentParser

/// `ticketty-bench`: measurements behind BENCHMARKS.md, one subcommand per area.
///
/// Run in release mode: `swift run -c release ticketty-bench html` (or `filter`).
@main
struct TickettyBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ticketty-bench",
        abstract: "Measure ticketty's hot paths.",
        subcommands: [HTMLBenchmark.self, CacheBenchmark.self, FloorsBenchmark.self, TmuxBenchmark.self, MemoryProbe.self, FilterBenchmark.self])
}
