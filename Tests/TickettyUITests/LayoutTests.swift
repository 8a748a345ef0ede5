import TickettyCore
import TickettyStore
import XCTest
@testable import TickettyUI

final class LayoutTests: XCTestCase {
    func testPanesTileTheScreenWithoutOverlapping() {
        for size in [Size(columns: 40, rows: 12), Size(columns: 80, rows: 24), Size(columns: 160, rows: 40)] {
            for composeOpen in [false, true] {
                let layout = Layout(size: size, composeOpen: composeOpen)
                let rects = [layout.list, layout.timeline, layout.status] + [layout.compose, layout.separator].compactMap { $0 }
                XCTAssertEqual(rects.map { $0.width * $0.height }.reduce(0, +), size.columns * size.rows, "\(size) \(composeOpen)")
                for (i, a) in rects.enumerated() {
                    for b in rects[(i + 1)...] { XCTAssertTrue(a.intersection(b).isEmpty, "\(a) overlaps \(b)") }
                }
            }
        }
    }

    func testComposeTakesAboutAThirdAndAtLeastThreeRows() {
        XCTAssertEqual(Layout(size: Size(columns: 80, rows: 31), composeOpen: true).compose?.height, 10)
        XCTAssertEqual(Layout(size: Size(columns: 40, rows: 8), composeOpen: true).compose?.height, 3)
    }

    func testEveryTinySizeRendersWithoutCrashing() {
        var state = Fixtures.state(tickets: [Fixtures.ticket(1, "票 title"), Fixtures.ticket(2, "two")])
        state.openTicketID = 1
        state.openTicket = Fixtures.detail(for: state.tickets[1]!)
        state.compose = Draft(ticketID: 1, kind: .reply, text: "hi\nthere", cursor: 3)
        state.focus = .compose
        let overlays: [Overlay?] = [nil, .statusMenu, .priorityMenu, .assignPicker(Picker()), .help(Picker()), .confirmQuit]
        for overlay in overlays {
            state.overlay = overlay
            let screen = Fixtures.screen()
            for columns in [0, 1, 2, 3, 5, 9, 17, 39, 121] {
                for rows in [0, 1, 2, 3, 4, 6, 9] {
                    let terminal = Fixtures.render(state, columns: columns, rows: rows, screen: screen)
                    XCTAssertEqual(terminal.lines.count, rows)
                    if let cursor = terminal.cursor {
                        XCTAssertTrue(cursor.column < max(1, columns) && cursor.row < rows, "\(cursor) in \(columns)×\(rows)")
                    }
                }
            }
        }
    }
}
