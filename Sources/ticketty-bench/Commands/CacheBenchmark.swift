import ArgumentParser
import Foundation
import TickettyCache
import TickettyCore
import TickettyStore

/// `ticketty-bench cache`: how fast the local database loads and saves tickets, from a real
/// file in a temporary directory (removed afterwards).
///
/// Figures are medians over several runs, of wall time (which includes the syncs and system
/// calls) and of the process's CPU time (which a busy machine does not inflate).
struct CacheBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Measure the local database (first page, all tickets, page save, outbox, search).")

    @Option(help: "How many tickets the account has.")
    var tickets = 100_000

    @Option(help: "How many runs each figure is the median of.")
    var runs = 7

    func run() async throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("ticketty-bench-cache-\(getpid())", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let all = (0..<tickets).map(Self.ticket)

        print("Local database, \(tickets) tickets, medians of \(runs) runs (one for the first save and the timelines)\n")
        var saveAll = (wall: 0.0, cpu: 0.0)
        do {
            let cache = try AccountCache.open(account: "bench.example", in: directory)
            saveAll = try median(runs: 1) { try cache.save(all) }
        }
        // A fresh connection, as at start-up; the file stays in the OS page cache.
        let cache = try AccountCache.open(account: "bench.example", in: directory)
        report("save all \(tickets) (one transaction, first time)", saveAll, target: nil)
        try report("first 500", median { _ = try cache.loadTickets(offset: 0, limit: 500) }, target: 10)
        try report(
            "all \(tickets) in pages of 5 000",
            median {
                var offset = 0
                while case let page = try cache.loadTickets(offset: offset, limit: 5_000), !page.isEmpty {
                    offset += page.count
                }
            }, target: 400)
        var round = 0
        try report(
            "save a page of 500 changed tickets",
            median {
                round += 1
                try cache.save(all[(round * 500)..<(round * 500 + 500)].map { Self.touched($0, round) })
            }, target: 15)
        try report("save all \(tickets) again (all replaced)", median { try cache.save(all) }, target: nil)

        var outboxID = 0
        try report(
            "enqueue one write (durable, synchronous = FULL)",
            median {
                outboxID += 1
                try cache.enqueue(OutboxEntry(id: outboxID, write: .setStatus(.closed, [1]), createdAt: Date()))
            }, target: nil)

        let details = (0..<2_000).map { Self.detail(all[$0]) }
        try report("save 2 000 timelines one by one", median(runs: 1) { for detail in details { try cache.save(detail) } }, target: nil)
        try report("search messages, one word (trigram index)", median { _ = try cache.ticketIDs(withMessagesMatching: ["parcel"], limit: 500) }, target: nil)
        try report("search messages, two words incl. a short one", median { _ = try cache.ticketIDs(withMessagesMatching: ["colis", "47"], limit: 500) }, target: nil)
    }

    /// The median wall time and the median process CPU time of `body`. On a busy machine the
    /// wall time includes waiting for a core; the CPU time is what the work itself costs.
    private func median(runs: Int? = nil, _ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        var walls: [Double] = []
        var cpus: [Double] = []
        for _ in 0..<(runs ?? self.runs) {
            let start = ContinuousClock.now
            let cpuStart = Self.processCPUSeconds()
            try body()
            cpus.append(Self.processCPUSeconds() - cpuStart)
            let duration = ContinuousClock.now - start
            walls.append(Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18)
        }
        return (walls.sorted()[walls.count / 2], cpus.sorted()[cpus.count / 2])
    }

    private func report(_ what: String, _ seconds: (wall: Double, cpu: Double), target milliseconds: Double?) {
        let padded = what.padding(toLength: 48, withPad: " ", startingAt: 0)
        let goal = milliseconds.map { "  (target < \(Int($0)) ms)" } ?? ""
        print(padded + String(format: " %9.2f ms wall %9.2f ms CPU", seconds.wall * 1e3, seconds.cpu * 1e3) + goal)
    }

    private static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    private static let titles = [
        "Wo ist mein Paket?", "Invoice needs our PO number", "Zwrot pieniędzy za zamówienie",
        "API returns 502 since this morning", "Damaged on arrival 📦", "Cancel my subscription",
    ]

    private static func ticket(_ index: Int) -> Ticket {
        let statuses = TicketStatus.allCases
        let priorities = TicketPriority.allCases
        return Ticket(
            id: TicketID(index + 1), title: titles[index % titles.count], status: statuses[index % statuses.count],
            priority: priorities[index % priorities.count], customerName: "Customer \(index % 977)",
            customerAddress: "customer\(index % 977)@example.com", channel: index % 5 == 0 ? "chat" : "e-mail",
            channelID: index % 5 == 0 ? 4 : 1,
            assignedGroup: index % 3 == 0 ? nil : AgentGroup(id: index % 7, name: "Group \(index % 7)"),
            assignedAgent: index % 4 == 0 ? nil : Agent(id: index % 31, name: "Agent Ñame \(index % 31)"),
            tags: index % 2 == 0 ? ["vip", "warranty"] : [],
            createdAt: Date(timeIntervalSinceReferenceDate: 800_000_000 + Double(index) * 37),
            lastUpdate: Date(timeIntervalSinceReferenceDate: 800_000_000 + Double(index * 7919 % 1_000_003)),
            slaNextBreach: index % 6 == 0 ? Date(timeIntervalSinceReferenceDate: 800_100_000 + Double(index)) : nil)
    }

    private static func touched(_ ticket: Ticket, _ round: Int) -> Ticket {
        var ticket = ticket
        ticket.lastUpdate = ticket.lastUpdate.addingTimeInterval(Double(round))
        ticket.status = ticket.status == .open ? .pending : .open
        return ticket
    }

    private static func detail(_ ticket: Ticket) -> TicketDetail {
        let id = ticket.id.rawValue
        let words = ["Où est mon colis numéro \(id)?", "Your parcel left our warehouse.", "<p>Danke für die <b>Geduld</b></p>"]
        return TicketDetail(
            ticket: ticket,
            timeline: (0..<8).map { index in
                TimelineEntry(
                    id: "\(id)-\(index)", kind: index.isMultiple(of: 2) ? .customerMessage : .agentMessage,
                    author: "someone", createdAt: ticket.createdAt,
                    body: index == 2 ? .html(words[2]) : .text(words[index % 2] + " " + String(repeating: "Lorem ipsum dolor sit amet. ", count: 20)))
            })
    }
}
