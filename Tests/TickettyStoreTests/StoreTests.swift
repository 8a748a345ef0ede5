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

    func testABigQueuesSearchCorpusIsBuiltInTheBackgroundBeforeTheFirstKeystroke() async {
        let wakeups = Wakeups()
        let store = Store(state: State(accountName: "acme", now: Fixture.now), runner: nil, mailbox: wakeups.mailbox)
        let tickets = Fixture.tickets(Store.backgroundCorpusThreshold)
        store.send(.cacheLoaded(CachedData(tickets: tickets)))
        XCTAssertTrue(store.state.searchIndex.isStale)

        let built = await wakeups.collect { actions in
            actions.contains { if case .searchCorpusBuilt = $0 { true } else { false } }
        }
        for action in built { store.send(action) }
        XCTAssertFalse(store.state.searchIndex.isStale, "the first / keystroke finds the corpus ready")

        store.send(.command(.startFilter))
        store.send(.edit(.insert("Ticket 4999")))
        XCTAssertEqual(store.state.visibleTicketIDs, [4999])
    }

    func testACorpusBuiltBeforeTheTicketsChangedIsNotUsed() {
        var state = Fixture.loaded(Fixture.tickets(3))
        let old = SearchIndex.prebuild(state.tickets, version: state.searchIndex.version)
        state.send(.ticketsLoaded(TicketPage(tickets: [Fixture.ticket(9, "Brand new", minutesAgo: -1)], start: 0, total: 4), Fixture.firstPage))
        state.send(.searchCorpusBuilt(old))
        state.send(.command(.startFilter), .edit(.insert("brand")))
        XCTAssertEqual(state.visibleIDs, [9], "the stale corpus was refused and the filter saw the new ticket")
    }
}
