import Foundation
import TickettyCore
import TickettyStore
@testable import TickettyUI

/// States and helpers shared by the UI tests.
enum Fixtures {
    /// 2026-11-21 12:00:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_262_400)
    static let utc = TimeZone(identifier: "UTC") ?? .current

    static let finance = AgentGroup(id: 1, name: "Finance")
    static let support = AgentGroup(id: 2, name: "Support")
    static let alice = Agent(id: 10, name: "Alice Agent")
    static let bob = Agent(id: 11, name: "Bob Builder")

    static func ticket(
        _ id: Int, _ title: String, status: TicketStatus = .open, priority: TicketPriority = .medium,
        customer: String = "Carol Customer", updatedMinutesAgo: Double = 5, slaInMinutes: Double? = nil
    ) -> Ticket {
        Ticket(
            id: TicketID(id), title: title, status: status, priority: priority, customerName: customer,
            customerAddress: "carol@example.com", assignedGroup: finance, createdAt: now.addingTimeInterval(-86400),
            lastUpdate: now.addingTimeInterval(-updatedMinutesAgo * 60),
            slaNextBreach: slaInMinutes.map { now.addingTimeInterval($0 * 60) })
    }

    /// A state with tickets 101… in the list, the first selected.
    static func state(tickets: [Ticket]) -> State {
        var state = State(accountName: "acme", now: now)
        for ticket in tickets { state.tickets[ticket.id] = ticket }
        state.visibleTicketIDs = tickets.map(\.id)
        state.selectedTicketID = tickets.first?.id
        state.sync = .upToDate(now)
        state.groups = [finance, support]
        state.agents = [alice, bob]
        return state
    }

    static func manyTickets(_ count: Int) -> [Ticket] {
        (0..<count).map { ticket(1000 + $0, "Ticket number \($0)", updatedMinutesAgo: Double($0)) }
    }

    static func detail(for ticket: Ticket) -> TicketDetail {
        TicketDetail(ticket: ticket, timeline: [
            TimelineEntry(id: "1", kind: .customerMessage, author: "Carol Customer", createdAt: now.addingTimeInterval(-3600),
                          body: .html("<p>Hello, my <b>order</b> never arrived.</p>")),
            TimelineEntry(id: "2", kind: .event, author: "Trigger", createdAt: now.addingTimeInterval(-3500),
                          body: .text("Assigned to Finance")),
            TimelineEntry(id: "3", kind: .note, author: "Alice Agent", createdAt: now.addingTimeInterval(-3000),
                          body: .text("Check the courier first.")),
            TimelineEntry(id: "4", kind: .agentMessage, author: "Alice Agent", createdAt: now.addingTimeInterval(-600),
                          body: .text("Sorry about that, we are on it.")),
        ], assignableGroups: [finance, support], assignableAgents: [alice, bob])
    }

    static func screen() -> Screen { Screen(theme: .builtInDefault, timeZone: utc) }

    static func render(_ state: State, columns: Int, rows: Int, screen: Screen = screen()) -> HeadlessTerminal {
        let terminal = HeadlessTerminal(size: Size(columns: columns, rows: rows))
        screen.render(state, on: terminal)
        return terminal
    }
}

extension HeadlessTerminal {
    /// The screen column where `needle` starts in a row (counting wide graphemes as two), if shown.
    func column(of needle: String, row: Int) -> Int? {
        let cells = (0..<size.columns).map { cell(at: Position(column: $0, row: row)).text }
        let wanted = needle.map(String.init)
        var column = 0
        while column < cells.count {
            var index = column
            var matched = 0
            while matched < wanted.count, index < cells.count {
                if cells[index].isEmpty { index += 1; continue }
                guard cells[index] == wanted[matched] else { break }
                matched += 1
                index += 1
            }
            if matched == wanted.count { return column }
            column += 1
        }
        return nil
    }

    /// The row whose text contains `needle`.
    func row(containing needle: String) -> Int? { lines.firstIndex { $0.contains(needle) } }

    /// Every scalar on screen that a terminal could take as a command.
    var controlScalars: [Unicode.Scalar] {
        (0..<size.rows).flatMap { row in
            (0..<size.columns).flatMap { column in
                cell(at: Position(column: column, row: row)).text.unicodeScalars.filter { scalar in
                    let v = scalar.value
                    return v < 0x20 || (0x7F..<0xA0).contains(v) || (0x202A...0x202E).contains(v)
                        || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F
                }
            }
        }
    }
}
