import Foundation
import Testing
import TickettyCore
import TickettyStore

@testable import TickettyCache

@Suite struct OutboxTests {
    @Test func writesComeBackInIDOrderAfterReopening() throws {
        let temporary = try TemporaryDirectory()
        let status = OutboxEntry(
            id: 2, write: .setStatus(.closed, [1, 2]), createdAt: Fixtures.date(2),
            notBefore: Date(timeIntervalSinceReferenceDate: 812_345_678.25), attempts: 0)
        let assign = OutboxEntry(id: 10, write: .assign(.agent(Agent(id: 4, name: "Ana")), [7]), createdAt: Fixtures.date(3))
        do {
            let cache = try AccountCache.open(account: "acme", in: temporary.url)
            try cache.enqueue(assign)
            try cache.enqueue(Fixtures.reply(5, to: 1))
            try cache.enqueue(status)
        }
        let cache = try AccountCache.open(account: "acme", in: temporary.url)
        #expect(try cache.outboxEntries() == [status, Fixtures.reply(5, to: 1), assign])
    }

    @Test func updateKeepsAttemptsAndRemoveForgets() throws {
        let temporary = try TemporaryDirectory()
        do {
            let cache = try AccountCache.open(account: "acme", in: temporary.url)
            try cache.enqueue(Fixtures.reply(1, to: 1))
            try cache.enqueue(Fixtures.reply(2, to: 1))
            var retried = Fixtures.reply(1, to: 1)
            retried.attempts = 3
            retried.notBefore = Fixtures.date(60)
            try cache.update(retried)
            try cache.removeFromOutbox(2)
            // Updating a write that was confirmed meanwhile does not bring it back.
            try cache.update(Fixtures.reply(2, to: 1))
        }
        let cache = try AccountCache.open(account: "acme", in: temporary.url)
        let entries = try cache.outboxEntries()
        #expect(entries.map(\.id) == [1])
        #expect(entries.first?.attempts == 3)
        #expect(entries.first?.notBefore == Fixtures.date(60))
    }

    @Test func enqueueingAnIDAgainReplacesTheEntry() throws {
        let cache = try AccountCache.inMemory()
        try cache.enqueue(Fixtures.reply(1, to: 1))
        try cache.enqueue(Fixtures.reply(1, to: 2))
        #expect(try cache.outboxEntries() == [Fixtures.reply(1, to: 2)])
    }

    @Test func anEntryThatNoLongerDecodesIsSkippedButKept() throws {
        let temporary = try TemporaryDirectory()
        let cache = try AccountCache.open(account: "acme", in: temporary.url)
        try cache.enqueue(Fixtures.reply(1, to: 1))
        try cache.enqueue(Fixtures.reply(2, to: 1))
        let file = try #require(cache.fileURL)
        try LegacyDatabase.execute(#"UPDATE outbox SET write = '{"merge":{}}' WHERE id = 1"#, in: file)

        #expect(try cache.outboxEntries() == [Fixtures.reply(2, to: 1)])
        #expect(try LegacyDatabase.count("outbox", in: file) == 2)
    }

    @Test func concurrentEnqueuesFromManyTasksAllLand() async throws {
        let temporary = try TemporaryDirectory()
        let cache = try AccountCache.open(account: "acme", in: temporary.url)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for id in 1...40 {
                group.addTask { try cache.enqueue(Fixtures.reply(id, to: id)) }
                group.addTask { _ = try cache.outboxEntries() }
            }
            try await group.waitForAll()
        }
        #expect(try cache.outboxEntries().map(\.id) == Array(1...40))
    }
}

@Suite struct LocalCacheConformanceTests {
    @Test func theStoreReachesTheOutboxDraftsAndTimelinesThroughItsProtocol() throws {
        let concrete = try AccountCache.inMemory()
        let cache: any LocalCache = concrete
        try cache.enqueue(Fixtures.reply(1, to: 1))
        try cache.save(Draft(ticketID: 1, kind: .note, text: "n", cursor: 1))
        try concrete.save(Fixtures.detail(Fixtures.ticket(1), messages: ["hi"]))

        #expect(try concrete.outboxEntries().map(\.id) == [1])
        #expect(try concrete.loadDrafts().count == 1)
        #expect(try cache.loadDetail(1)?.timeline.count == 1)
    }
}
