import Foundation
import Testing
import TickettyCore

@testable import TickettyCache

@Suite struct TimelinesTests {
    @Test func aTimelineRoundTripsWithItsTicket() throws {
        let temporary = try TemporaryDirectory()
        let detail = TicketDetail(
            ticket: Fixtures.richTicket,
            timeline: [
                TimelineEntry(
                    id: "m1", kind: .customerMessage, author: "Zoë Ångström", fromAddress: "zoe@example.com",
                    toAddress: "support@acme.example", createdAt: Fixtures.date(1), body: .html("<p>Hallo 👋</p>")),
                TimelineEntry(id: "n2", kind: .note, author: "José", createdAt: Fixtures.date(2), body: .text("call back")),
                TimelineEntry(id: "e3", kind: .event, author: "trigger", createdAt: Fixtures.date(3), body: .text("→ Finance")),
            ],
            assignableGroups: [AgentGroup(id: 7, name: "Finance")],
            assignableAgents: [Agent(id: 42, name: "José Núñez")])
        do {
            let cache = try AccountCache.open(account: "acme", in: temporary.url)
            try cache.save(detail)
        }
        let cache = try AccountCache.open(account: "acme", in: temporary.url)
        #expect(try cache.loadDetail(detail.ticket.id) == detail)
        #expect(try cache.loadTickets(offset: 0, limit: 5) == [detail.ticket])
        #expect(try cache.loadDetail(1) == nil)
    }

    @Test func aLaterListSyncUpdatesTheTicketOfACachedTimeline() throws {
        let cache = try AccountCache.inMemory()
        let detail = Fixtures.detail(Fixtures.ticket(1, updated: 1), messages: ["hi"])
        try cache.save(detail)
        var newer = Fixtures.ticket(1, updated: 9)
        newer.status = .solved
        try cache.save([newer])

        #expect(try cache.loadDetail(1)?.ticket == newer)
        #expect(try cache.loadDetail(1)?.timeline == detail.timeline)
    }

    @Test func aTimelineThatNoLongerDecodesReadsAsNotCached() throws {
        let temporary = try TemporaryDirectory()
        let cache = try AccountCache.open(account: "acme", in: temporary.url)
        try cache.save(Fixtures.detail(Fixtures.ticket(1), messages: ["hi"]))
        try LegacyDatabase.execute("UPDATE ticketDetail SET json = x'7b226e6f7065' WHERE ticketID = 1", in: try #require(cache.fileURL))

        #expect(try cache.loadDetail(1) == nil)
        #expect(try cache.loadTickets(offset: 0, limit: 5).map(\.id) == [1])
    }

    @Test func searchFindsSubstringsIgnoringCaseAndAccents() throws {
        let cache = try AccountCache.inMemory()
        try cache.save(Fixtures.detail(Fixtures.ticket(1, updated: 1), messages: ["Bonjour, où est ma COMMANDE?"]))
        try cache.save(Fixtures.detail(Fixtures.ticket(2, updated: 2), messages: ["Die Rechnung für José", "Grüße"]))
        try cache.save(Fixtures.detail(Fixtures.ticket(3, updated: 3), messages: ["order 4711 arrived damaged"]))

        #expect(try cache.ticketIDs(withMessagesMatching: ["commande"], limit: 10) == [1])
        #expect(try cache.ticketIDs(withMessagesMatching: ["JOSE", "gruße"], limit: 10) == [2])
        #expect(try cache.ticketIDs(withMessagesMatching: ["ECHNU"], limit: 10) == [2])
        #expect(try cache.ticketIDs(withMessagesMatching: ["47", "dam"], limit: 10) == [3])
        // Short words fall back to a substring scan; "où" is two characters.
        #expect(try cache.ticketIDs(withMessagesMatching: ["OU"], limit: 10) == [1])
        #expect(try cache.ticketIDs(withMessagesMatching: ["o"], limit: 10) == [3, 2, 1])
        #expect(try cache.ticketIDs(withMessagesMatching: ["o"], limit: 2) == [3, 2])
        #expect(try cache.ticketIDs(withMessagesMatching: ["parcel"], limit: 10) == [])
        #expect(try cache.ticketIDs(withMessagesMatching: [], limit: 10) == [])
    }

    @Test func searchTreatsOperatorsAndWildcardsAsPlainText() throws {
        let cache = try AccountCache.inMemory()
        try cache.save(Fixtures.detail(Fixtures.ticket(1), messages: [#"50% off "now" OR never_"#]))
        try cache.save(Fixtures.detail(Fixtures.ticket(2), messages: ["500 offers"]))

        #expect(try cache.ticketIDs(withMessagesMatching: ["0%"], limit: 10) == [1])
        #expect(try cache.ticketIDs(withMessagesMatching: [#""now""#], limit: 10) == [1])
        #expect(try cache.ticketIDs(withMessagesMatching: ["OR", "r_"], limit: 10) == [1])
        #expect(try cache.ticketIDs(withMessagesMatching: ["*"], limit: 10) == [])
    }

    @Test func searchLooksAtMessagesAndNotesButNotEventsOrMarkup() throws {
        let cache = try AccountCache.inMemory()
        let detail = TicketDetail(
            ticket: Fixtures.ticket(1),
            timeline: [
                TimelineEntry(id: "1", kind: .customerMessage, author: "c", createdAt: Fixtures.date(1),
                    body: .html(#"<div class="quote">Caf&eacute; &amp; cr&#232;me<br>brûlée</div>"#)),
                TimelineEntry(id: "2", kind: .note, author: "a", createdAt: Fixtures.date(2), body: .text("refund approved")),
                TimelineEntry(id: "3", kind: .event, author: "t", createdAt: Fixtures.date(3), body: .text("escalated")),
            ])
        try cache.save(detail)

        #expect(try cache.ticketIDs(withMessagesMatching: ["crème", "brulee", "&"], limit: 5) == [1])
        #expect(try cache.ticketIDs(withMessagesMatching: ["refund"], limit: 5) == [1])
        #expect(try cache.ticketIDs(withMessagesMatching: ["escalated"], limit: 5) == [])
        #expect(try cache.ticketIDs(withMessagesMatching: ["quote"], limit: 5) == [])
        #expect(try cache.ticketIDs(withMessagesMatching: ["crèmebrûlée"], limit: 5) == [])
    }

    @Test func savingATimelineAgainReplacesItsSearchText() throws {
        let cache = try AccountCache.inMemory()
        try cache.save(Fixtures.detail(Fixtures.ticket(1), messages: ["first words"]))
        try cache.save(Fixtures.detail(Fixtures.ticket(1), messages: ["second words"]))

        #expect(try cache.ticketIDs(withMessagesMatching: ["first"], limit: 5) == [])
        #expect(try cache.ticketIDs(withMessagesMatching: ["second"], limit: 5) == [1])
    }
}
