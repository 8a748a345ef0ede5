import Foundation
import Testing
import TickettyCore

@testable import TickettyCache

@Suite struct TicketsTests {
    @Test func everyFieldRoundTripsThroughAFile() throws {
        let temporary = try TemporaryDirectory()
        var bare = Fixtures.ticket(2, updated: -50)
        bare.tags = []
        var oneTag = Fixtures.ticket(3, updated: -60)
        oneTag.tags = ["x"]
        do {
            let cache = try AccountCache.open(account: "acme", in: temporary.url)
            try cache.save([Fixtures.richTicket, bare, oneTag])
        }
        let reopened = try AccountCache.open(account: "acme", in: temporary.url)
        let loaded = try reopened.loadTickets(offset: 0, limit: 10)
        #expect(loaded == [bare, oneTag, Fixtures.richTicket])
        #expect(loaded[0].assignedGroup == nil && loaded[0].assignedAgent == nil)
        #expect(try reopened.ticketCount() == 3)
    }

    @Test func saveReplacesATicketWithItsNewServerState() throws {
        let cache = try AccountCache.inMemory()
        try cache.save([Fixtures.ticket(1, updated: 10), Fixtures.ticket(2, updated: 20)])
        var changed = Fixtures.ticket(1, updated: 30)
        changed.status = .closed
        changed.assignedAgent = Agent(id: 5, name: "Kim")
        try cache.save([changed])

        #expect(try cache.loadTickets(offset: 0, limit: 10) == [changed, Fixtures.ticket(2, updated: 20)])
        #expect(try cache.ticketCount() == 2)
    }

    @Test func pagesGoNewestFirstWithTiesByHigherID() throws {
        let cache = try AccountCache.inMemory()
        let tickets = (1...10).map { Fixtures.ticket($0, updated: $0 <= 4 ? 100 : $0) }
        try cache.save(tickets.shuffled())

        let all = try cache.loadTickets(offset: 0, limit: 100).map(\.id.rawValue)
        #expect(all == [4, 3, 2, 1, 10, 9, 8, 7, 6, 5])
        #expect(try cache.loadTickets(offset: 3, limit: 3).map(\.id.rawValue) == [1, 10, 9])
        #expect(try cache.loadTickets(offset: 9, limit: 3).map(\.id.rawValue) == [5])
        #expect(try cache.loadTickets(offset: 0, limit: 0).isEmpty)
    }

    @Test func removedTicketsLoseTheirTimelinesAndSearchToo() throws {
        let cache = try AccountCache.inMemory()
        try cache.save(Fixtures.detail(Fixtures.ticket(1), messages: ["parcel lost"]))
        try cache.save(Fixtures.detail(Fixtures.ticket(2), messages: ["parcel found"]))
        try cache.removeTickets([1])

        #expect(try cache.loadTickets(offset: 0, limit: 10).map(\.id) == [2])
        #expect(try cache.loadDetail(1) == nil)
        #expect(try cache.ticketIDs(withMessagesMatching: ["parcel"], limit: 10) == [2])
    }

    @Test func unknownValuesReadBackWithoutCrashing() throws {
        let temporary = try TemporaryDirectory()
        let cache = try AccountCache.open(account: "acme", in: temporary.url)
        try cache.save([Fixtures.ticket(1, updated: 3), Fixtures.ticket(2, updated: 2)])
        let file = try #require(cache.fileURL)
        // As a newer build or another backend might have written them.
        try LegacyDatabase.execute(
            "UPDATE ticket SET status = 'escalated', priority = 'critical' WHERE id = 1", in: file)
        try LegacyDatabase.execute(
            "UPDATE ticket SET channelID = 'three', tags = x'00ff', groupID = 9 WHERE id = 2", in: file)

        let loaded = try cache.loadTickets(offset: 0, limit: 10)
        #expect(loaded.map(\.id) == [1, 2])
        #expect(loaded.first?.status == .open)
        #expect(loaded.first?.priority == .medium)
        #expect(loaded.last?.assignedGroup == AgentGroup(id: 9, name: ""))
    }
}
