import Foundation
import TickettyCore
import TickettyStore
import XCTest
@testable import TickettyUI

/// Drawing must cost the visible rows, not the queue: 100,000 tickets draw as fast as 100.
final class ScreenPerformanceTests: XCTestCase {
    private func secondsPerKeyPress(tickets count: Int, presses: Int = 60) -> Double {
        var state = Fixtures.state(tickets: Fixtures.manyTickets(count))
        state.openTicketID = state.visibleTicketIDs.first
        state.openTicket = Fixtures.detail(for: state.tickets[state.visibleTicketIDs[0]]!)
        let screen = Fixtures.screen()
        let terminal = HeadlessTerminal(size: Size(columns: 160, rows: 40))
        screen.render(state, on: terminal)
        let start = DispatchTime.now().uptimeNanoseconds
        for press in 1...presses {
            // Cursor moves and a jump to the far end, as j, PgDn and G would do.
            let index = press == presses / 2 ? count - 1 : min(count - 1, press * 7)
            state.selectedTicketID = state.visibleTicketIDs[index]
            screen.render(state, on: terminal)
        }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 / Double(presses)
    }

    func testDrawingCostsTheVisibleRowsNotTheTicketCount() {
        let small = secondsPerKeyPress(tickets: 100)
        let large = secondsPerKeyPress(tickets: 100_000)
        print(String(format: "render per key press: 100 tickets %.2f ms, 100,000 tickets %.2f ms", small * 1000, large * 1000))
        XCTAssertLessThan(large, max(small * 3, 0.002), "render time grows with the ticket count")
        // Debug builds are several times slower than release; the release budget is 5 ms.
        XCTAssertLessThan(large, 0.05)
    }

    func testScrollingALongTimelineCostsTheVisibleLines() {
        var state = Fixtures.state(tickets: [Fixtures.ticket(1, "Long thread")])
        state.openTicketID = 1
        state.focus = .timeline
        let html = "<p>" + String(repeating: "A paragraph of an e-mail that goes on. ", count: 20) + "</p>"
        let entries = (0..<2000).map { i in
            TimelineEntry(id: "\(i)", kind: i % 2 == 0 ? .customerMessage : .agentMessage, author: "Someone",
                          createdAt: Fixtures.now.addingTimeInterval(Double(i)), body: .html(html))
        }
        state.openTicket = TicketDetail(ticket: state.tickets[1]!, timeline: entries)
        let screen = Fixtures.screen()
        let terminal = HeadlessTerminal(size: Size(columns: 160, rows: 40))
        screen.render(state, on: terminal)
        let rendered = screen.timelineCache.renderCount
        let start = DispatchTime.now().uptimeNanoseconds
        for scroll in stride(from: 0, to: 20_000, by: 500) {
            state.timelineScroll = scroll
            screen.render(state, on: terminal)
        }
        let perScroll = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 / 40
        print(String(format: "timeline scroll over %d lines: %.2f ms", screen.timelineLineCount ?? 0, perScroll * 1000))
        XCTAssertEqual(screen.timelineCache.renderCount, rendered)
        XCTAssertLessThan(perScroll, 0.05)
    }
}
