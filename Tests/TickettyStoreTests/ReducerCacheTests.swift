import TickettyCore
import XCTest
@testable import TickettyStore

final class ReducerCacheTests: XCTestCase {
    private let tickets = Fixture.tickets(4)

    func testTheCachedQueueShowsBeforeTheServerAnswers() {
        var state = State(accountName: "acme", now: Fixture.now)
        state.send(.cacheLoaded(CachedData(tickets: Array(tickets.prefix(2)), agents: [Fixture.mei], groups: [Fixture.finance])))
        XCTAssertEqual(state.visibleIDs, [1, 2])
        XCTAssertEqual(state.selectedTicketID, 1)
        XCTAssertEqual(state.agents, [Fixture.mei])
        XCTAssertEqual(state.groups, [Fixture.finance])

        // The rest of the queue arrives in chunks; the cursor stays where it is.
        state.send(.command(.moveDown))
        state.send(.cacheLoaded(CachedData(tickets: Array(tickets.suffix(2)))))
        XCTAssertEqual(state.visibleIDs, [1, 2, 3, 4])
        XCTAssertEqual(state.selectedTicketID, 2)
    }

    func testServerDataNewerThanTheCacheWins() {
        var state = Fixture.loaded(tickets)
        var stale = tickets[0]
        stale.title = "Old title"
        stale.lastUpdate = stale.lastUpdate.addingTimeInterval(-3600)
        state.send(.cacheLoaded(CachedData(tickets: [stale])))
        XCTAssertEqual(state.tickets[1]?.title, "Ticket 1")
    }

    func testACompleteCachedListingLetsTheFirstRefreshStopEarly() {
        var state = State(accountName: "acme", now: Fixture.now)
        state.send(.cacheLoaded(CachedData(tickets: tickets, listComplete: true)))
        XCTAssertTrue(state.hasLoadedAllTickets)
    }

    func testOpeningReadsTheCachedTimelineFirstAndTheServersAnswerReplacesIt() {
        var state = State(accountName: "acme", now: Fixture.now)
        state.send(.cacheLoaded(CachedData(tickets: tickets)))
        XCTAssertEqual(state.send(.command(.openSelected)), [.loadCachedTicket(1), .fetchTicket(1)])

        let cached = TicketDetail(ticket: tickets[0], timeline: [], assignableGroups: [], assignableAgents: [])
        state.send(.cachedTicketLoaded(cached))
        XCTAssertEqual(state.openTicket, cached)

        let fresh = TicketDetail(
            ticket: tickets[0],
            timeline: [TimelineEntry(id: "m1", kind: .customerMessage, author: "Anna", createdAt: Fixture.now, body: .text("Hi"))],
            assignableGroups: [], assignableAgents: [])
        state.send(.ticketLoaded(fresh))
        state.send(.cachedTicketLoaded(cached))
        XCTAssertEqual(state.openTicket?.timeline.count, 1, "a late cache read never replaces the server's answer")
    }
}
