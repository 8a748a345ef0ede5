import TickettyCore
import XCTest
@testable import TickettyStore

final class StoreTests: XCTestCase {
    func testWithoutARunnerEveryEffectGoesToTheApp() {
        let store = Store(state: State(accountName: "DEMO", now: Fixture.now), runner: nil, mailbox: ActionMailbox())
        var handed: [Effect] = []
        store.onAppEffect = { handed.append($0) }
        XCTAssertTrue(store.send(.started))
        XCTAssertEqual(handed, [.fetchTickets(Fixture.firstPage), .fetchAgents, .scheduleClockTick(afterSeconds: 60)])
    }

    func testProcessMailboxSendsWhatEffectsPostedAndReportsChange() {
        let mailbox = ActionMailbox()
        let store = Store(state: State(accountName: "DEMO", now: Fixture.now), runner: nil, mailbox: mailbox)
        store.send(.started)
        XCTAssertFalse(store.processMailbox(), "nothing posted, nothing to redraw")

        mailbox.post(.ticketsLoaded(TicketPage(tickets: Fixture.tickets(2), start: 0, total: 2), Fixture.firstPage))
        XCTAssertTrue(store.processMailbox())
        XCTAssertEqual(store.state.visibleTicketIDs, [1, 2])

        mailbox.post(.command(.moveUp))
        XCTAssertFalse(store.processMailbox(), "already at the top: no change")
    }
}
