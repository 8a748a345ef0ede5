import TickettyCore
import TickettyStore
import XCTest
@testable import TickettyUI

final class TicketListPaneTests: XCTestCase {
    private let theme = Theme.builtInDefault

    func testRowsShowEveryColumnOnAWideEnoughPane() {
        var state = Fixtures.state(tickets: [Fixtures.ticket(7, "Where is my parcel", priority: .high, slaInMinutes: 45)])
        state.tickets[7]?.assignedAgent = Fixtures.alice
        let terminal = Fixtures.render(state, columns: 100, rows: 10)
        XCTAssertEqual(terminal.lines[1], "   # Status  Prio   SLA    Title                                  Customer       Assignee     Upd   ")
        XCTAssertEqual(terminal.lines[2], "   7 Open    High   45m    Where is my parcel                     Carol Customer Alice Agent  5m    ")
    }

    func testNarrowTerminalsKeepIdStatusAndTitle() {
        let state = Fixtures.state(tickets: [Fixtures.ticket(7, "Where is my parcel")])
        let header = Fixtures.render(state, columns: 30, rows: 10).lines[1]
        XCTAssertTrue(header.contains("#") && header.contains("Status") && header.contains("Title"), header)
        XCTAssertFalse(header.contains("Customer") || header.contains("Assignee") || header.contains("Upd"), header)
    }

    func testWideTitlesKeepColumnsAligned() {
        let state = Fixtures.state(tickets: [
            Fixtures.ticket(1, "注文がまだ届きません、注文番号は12345です。至急確認してください"),
            Fixtures.ticket(2, "📦🚚 shipping 🙂 emoji everywhere 🎉🎉🎉🎉🎉🎉"),
            Fixtures.ticket(3, "plain ascii title"),
        ])
        let terminal = Fixtures.render(state, columns: 100, rows: 10)
        let columns = (2...4).map { terminal.column(of: "Carol", row: $0) }
        XCTAssertEqual(Set(columns).count, 1, "\(columns)\n" + terminal.lines.joined(separator: "\n"))
        XCTAssertNotNil(columns[0])
    }

    func testHostileTitlesNeverReachTheTerminal() {
        var state = Fixtures.state(tickets: [
            Fixtures.ticket(1, "Refund\u{1B}]52;c;cm0gLXJmIH4=\u{07} now", customer: "\u{1B}[31mEvil\u{9B}2J"),
            Fixtures.ticket(2, "\u{202E}fdp.exe\u{2066}", customer: "Bell\u{07}\u{7F}"),
        ])
        state.openTicketID = 1
        var detail = Fixtures.detail(for: state.tickets[1]!)
        detail.timeline.append(TimelineEntry(id: "x", kind: .customerMessage, author: "\u{1B}]0;title\u{07}",
                                             createdAt: Fixtures.now, body: .text("body \u{1B}[2J\u{9D}8;;http://x\u{9C}")))
        state.openTicket = detail
        state.message = .error("server said \u{1B}[5m\u{202E}")
        state.compose = Draft(ticketID: 1, kind: .reply, text: "pasted \u{1B}[H\u{9B}", cursor: 0)
        for size in [(40, 12), (80, 24), (160, 40)] {
            let terminal = Fixtures.render(state, columns: size.0, rows: size.1)
            XCTAssertEqual(terminal.controlScalars, [], "\(size)")
            XCTAssertTrue(terminal.lines.joined().contains("^["), "shown visibly instead")
        }
    }

    func testMarkedAndPendingTicketsAreFlagged() {
        var state = Fixtures.state(tickets: [Fixtures.ticket(1, "One"), Fixtures.ticket(2, "Two")])
        state.marked = [2]
        state.pendingWrites = [PendingWrite(id: 1, write: .setStatus(.solved, [2]), previous: [])]
        let terminal = Fixtures.render(state, columns: 80, rows: 10)
        XCTAssertTrue(terminal.lines[3].hasPrefix("*⟳"), terminal.lines[3])
        XCTAssertTrue(terminal.lines[2].hasPrefix("  "), terminal.lines[2])
        XCTAssertEqual(terminal.style(at: Position(column: 0, row: 3)), theme[.mark])
        XCTAssertEqual(terminal.style(at: Position(column: 30, row: 3)), theme[.markedRow])
    }

    func testTheSelectedRowIsHighlighted() {
        var state = Fixtures.state(tickets: [Fixtures.ticket(1, "One"), Fixtures.ticket(2, "Two")])
        state.selectedTicketID = 2
        let terminal = Fixtures.render(state, columns: 80, rows: 10)
        for column in [0, 10, 40, 79] {
            XCTAssertEqual(terminal.style(at: Position(column: column, row: 3)), theme[.selectedRow])
        }
        XCTAssertNotEqual(terminal.style(at: Position(column: 40, row: 2)), theme[.selectedRow])
    }

    func testSLACountdownsAreStyledByUrgency() {
        var state = Fixtures.state(tickets: [
            Fixtures.ticket(1, "ok", slaInMinutes: 133), Fixtures.ticket(2, "soon", slaInMinutes: 20),
            Fixtures.ticket(3, "late", slaInMinutes: -35), Fixtures.ticket(4, "none"),
        ])
        state.selectedTicketID = nil
        let terminal = Fixtures.render(state, columns: 80, rows: 10)
        let expected: [(String, ThemeRole)] = [("2h13m", .slaOK), ("20m", .slaSoon), ("-35m", .slaBreached)]
        for (row, (text, role)) in expected.enumerated() {
            guard let column = terminal.column(of: text, row: row + 2) else { return XCTFail("no \(text)") }
            XCTAssertEqual(terminal.style(at: Position(column: column, row: row + 2)), theme[role], text)
        }
    }

    func testEmptyStates() {
        var state = State(accountName: "acme", now: Fixtures.now)
        XCTAssertTrue(Fixtures.render(state, columns: 40, rows: 12).lines[2].contains("Loading tickets…"))
        state = Fixtures.state(tickets: [Fixtures.ticket(1, "One")])
        state.visibleTicketIDs = []
        state.filter = "refund"
        XCTAssertTrue(Fixtures.render(state, columns: 40, rows: 12).lines[2].contains("No tickets match /refund"))
    }

    func testLastUpdateIsRelative() {
        let state = Fixtures.state(tickets: [
            Fixtures.ticket(1, "a", updatedMinutesAgo: 0.5), Fixtures.ticket(2, "b", updatedMinutesAgo: 180),
            Fixtures.ticket(3, "c", updatedMinutesAgo: 60 * 24 * 2), Fixtures.ticket(4, "d", updatedMinutesAgo: 60 * 24 * 18),
        ])
        let lines = Fixtures.render(state, columns: 100, rows: 14).lines
        XCTAssertEqual(lines[2...5].map { String($0.suffix(7)).trimmingCharacters(in: .whitespaces) }, ["now", "3h", "2d", "Nov 03"])
    }
}
