import ArgumentParser
import Foundation
import TickettyCore
import TickettyStore

/// `ticketty-bench filter`: how long one keystroke of the `/` filter takes over a large desk.
///
/// Loads synthetic tickets into a `State`, then types each phrase one character at a time
/// through the reducer (`.edit(.insert)`), exactly as the app does, and prints the median and
/// 99th percentile per keystroke, as wall time and as this thread's CPU time (steadier on a
/// shared machine; on an idle one they agree). The first keystroke after loading, which builds
/// the search corpus, is reported apart.
struct FilterBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "filter",
        abstract: "Measure the list filter per keystroke (p50/p99) over many tickets.")

    @Option(help: "How many tickets the desk has.")
    var tickets = 100_000

    @Option(help: "How many times each phrase is typed.")
    var rounds = 10

    @Option(parsing: .singleValue, help: "A phrase to type (repeatable).")
    var phrase: [String] = ["status:open anna", "refund", "prio:>=high -tag:spam berg", "zzz"]

    func run() async throws {
        var state = State(accountName: "BENCH", now: SyntheticTickets.now)
        let all = SyntheticTickets.make(tickets)
        _ = reduce(into: &state, action: .ticketsLoaded(TicketPage(tickets: all, start: 0, total: all.count), TicketQuery(start: 0, limit: all.count)))
        print("filter over \(state.visibleTicketIDs.count) tickets, \(rounds) rounds per phrase, per keystroke\n")

        _ = reduce(into: &state, action: .command(.startFilter))
        let build = Self.measure { _ = reduce(into: &state, action: .edit(.insert("a"))) }
        _ = reduce(into: &state, action: .command(.back))
        print("first keystroke after loading (builds the corpus): \(Self.milliseconds(build.wall)) ms wall, "
            + "\(Self.milliseconds(build.cpu)) ms CPU\n")

        print(Self.row("phrase", "keys", "wall p50", "wall p99", "CPU p50", "CPU p99", "CPU max", "shown"))
        for phrase in phrase {
            var wall: [Double] = []
            var cpu: [Double] = []
            var shown = 0
            for _ in 0..<rounds {
                _ = reduce(into: &state, action: .command(.startFilter))
                for character in phrase {
                    let sample = Self.measure { _ = reduce(into: &state, action: .edit(.insert(String(character)))) }
                    wall.append(sample.wall)
                    cpu.append(sample.cpu)
                }
                shown = state.visibleTicketIDs.count
                _ = reduce(into: &state, action: .command(.back))
            }
            wall.sort()
            cpu.sort()
            print(Self.row(
                phrase, "\(phrase.count)", Self.milliseconds(Self.percentile(wall, 0.5)),
                Self.milliseconds(Self.percentile(wall, 0.99)), Self.milliseconds(Self.percentile(cpu, 0.5)),
                Self.milliseconds(Self.percentile(cpu, 0.99)), Self.milliseconds(cpu.last ?? 0), "\(shown)"))
        }
        print("\nfloor: 30 ms per keystroke")
    }

    /// Wall and thread CPU seconds of one run of `body`.
    private static func measure(_ body: () -> Void) -> (wall: Double, cpu: Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let startCPU = threadCPUSeconds()
        body()
        return (Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9, threadCPUSeconds() - startCPU)
    }

    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    private static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }

    private static func milliseconds(_ seconds: Double) -> String { String(format: "%.2f", seconds * 1e3) }

    private static func row(_ columns: String...) -> String {
        zip(columns, [28, 6, 10, 10, 10, 10, 10, 8]).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined()
    }
}
