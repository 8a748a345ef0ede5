import ArgumentParser
import Foundation
import TickettyCore
import TickettyStore

/// `ticketty-bench filter`: how long one keystroke of the `/` filter takes over a large desk.
///
/// Loads synthetic tickets into a `State`, then types each phrase one character at a time
/// through the reducer (`.edit(.insert)`), exactly as the app does, and prints the median and
/// 99th percentile per keystroke. The first keystroke after loading, which builds the search
/// corpus, is reported apart.
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
        print("filter over \(state.visibleTicketIDs.count) tickets, \(rounds) rounds per phrase, wall time per keystroke\n")

        _ = reduce(into: &state, action: .command(.startFilter))
        let build = Self.seconds { _ = reduce(into: &state, action: .edit(.insert("a"))) }
        _ = reduce(into: &state, action: .command(.back))
        print("first keystroke after loading (builds the corpus): \(Self.milliseconds(build)) ms\n")

        print(Self.row("phrase", "keys", "p50 ms", "p99 ms", "max ms", "shown"))
        for phrase in phrase {
            var samples: [Double] = []
            var shown = 0
            for _ in 0..<rounds {
                _ = reduce(into: &state, action: .command(.startFilter))
                for character in phrase {
                    samples.append(Self.seconds { _ = reduce(into: &state, action: .edit(.insert(String(character)))) })
                }
                shown = state.visibleTicketIDs.count
                _ = reduce(into: &state, action: .command(.back))
            }
            samples.sort()
            print(Self.row(
                phrase, "\(phrase.count)", Self.milliseconds(Self.percentile(samples, 0.5)),
                Self.milliseconds(Self.percentile(samples, 0.99)), Self.milliseconds(samples.last ?? 0), "\(shown)"))
        }
        print("\nfloor: 30 ms per keystroke")
    }

    private static func seconds(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
    }

    private static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }

    private static func milliseconds(_ seconds: Double) -> String { String(format: "%.2f", seconds * 1e3) }

    private static func row(_ columns: String...) -> String {
        zip(columns, [30, 6, 9, 9, 9, 8]).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined()
    }
}
