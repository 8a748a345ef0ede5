import Foundation
import GRDB
import Testing
import TickettyCore
import TickettyStore

@testable import TickettyCache

/// Upgrades: a database left by a build that knew only "v1" opens in this build with all its
/// data, and the message index added later is filled from the timelines it already had.
@Suite struct CacheSchemaTests {
    /// Rows as the v1 build wrote them, spelled out so a change of format here is noticed.
    private static let v1Rows = """
        INSERT INTO ticket (id, title, status, priority, customerName, customerAddress, channel,
            channelID, groupID, groupName, agentID, agentName, tags, createdAt, lastUpdate, slaNextBreach)
        VALUES
            (1, 'Wo ist mein Paket?', 'open', 'high', 'Zoë', 'zoe@example.com', 'e-mail', 1,
             7, 'Finance', NULL, NULL, 'vip' || char(31) || '日本', 800000000, 800000500, 800086400),
            (2, 'Invoice', 'closed', 'low', 'Bo', 'bo@example.com', 'chat', 4,
             NULL, NULL, 3, 'Ana', '', 800000000, 800000100, NULL);
        INSERT INTO ticketDetail (ticketID, json) VALUES (1, '{"ticket":{"id":1,"title":"Wo ist mein Paket?","status":"open","priority":"high","customerName":"Zoë","customerAddress":"zoe@example.com","channel":"e-mail","channelID":1,"tags":[],"createdAt":800000000,"lastUpdate":800000400},"timeline":[{"id":"m1","kind":{"customerMessage":{}},"author":"Zoë","createdAt":800000000,"body":{"text":{"_0":"Où est mon colis numéro 4711?"}}}],"assignableGroups":[],"assignableAgents":[]}');
        INSERT INTO outbox (id, write, createdAt, notBefore, attempts) VALUES
            (3, '{"setStatus":{"_0":"solved","_1":[1]}}', 800000600, NULL, 2),
            (4, '{"setPriority":{"_0":"urgent","_1":[2]}}', 800000700, 800000900, 0);
        INSERT INTO draft (ticketID, kind, text, cursor) VALUES (1, 'reply', 'Hallo Zoë', 5);
        INSERT INTO agent (position, id, name) VALUES (0, 3, 'Ana');
        INSERT INTO agentGroup (position, id, name) VALUES (0, 7, 'Finance');
        INSERT INTO fact (key, value) VALUES ('lastFullSync', '2026-11-21T19:00:00Z');
        """

    @Test func aVersionOneDatabaseOpensWithEverythingInIt() throws {
        let temporary = try TemporaryDirectory()
        let file = temporary.url.appendingPathComponent("acme.sqlite")
        try LegacyDatabase.migrate(file, upTo: "v1") { db in try db.execute(sql: Self.v1Rows) }

        let cache = try AccountCache.open(account: "acme", in: temporary.url)

        #expect(try cache.schemaVersion() == CacheSchema.latestVersion)
        let tickets = try cache.loadTickets(offset: 0, limit: 10)
        #expect(tickets.map(\.id) == [1, 2])
        #expect(tickets.first?.tags == ["vip", "日本"])
        #expect(tickets.first?.assignedGroup == AgentGroup(id: 7, name: "Finance"))
        #expect(tickets.last?.assignedAgent == Agent(id: 3, name: "Ana"))
        #expect(tickets.last?.slaNextBreach == nil)
        #expect(try cache.loadDetail(1)?.timeline.map(\.id) == ["m1"])
        #expect(
            try cache.outboxEntries() == [
                OutboxEntry(
                    id: 3, write: .setStatus(.solved, [1]),
                    createdAt: Date(timeIntervalSinceReferenceDate: 800_000_600), attempts: 2),
                OutboxEntry(
                    id: 4, write: .setPriority(.urgent, [2]),
                    createdAt: Date(timeIntervalSinceReferenceDate: 800_000_700),
                    notBefore: Date(timeIntervalSinceReferenceDate: 800_000_900)),
            ])
        #expect(try cache.loadDrafts() == [Draft(ticketID: 1, kind: .reply, text: "Hallo Zoë", cursor: 5)])
        #expect(try cache.loadAgents() == [Agent(id: 3, name: "Ana")])
        #expect(try cache.loadGroups() == [AgentGroup(id: 7, name: "Finance")])
        #expect(try cache.value(forKey: "lastFullSync") == "2026-11-21T19:00:00Z")
        // "v2 message search" indexed the timeline the v1 build had cached.
        #expect(try cache.ticketIDs(withMessagesMatching: ["NUMERO", "colis"], limit: 5) == [1])
        #expect(try cache.ticketIDs(withMessagesMatching: ["où"], limit: 5) == [1])
        // "v3 tickets in list order" rebuilt the table: a newer state still replaces the old.
        var moved = try #require(tickets.last)
        moved.lastUpdate = Date(timeIntervalSinceReferenceDate: 800_009_000)
        try cache.save([moved])
        #expect(try cache.loadTickets(offset: 0, limit: 10).map(\.id) == [2, 1])
        #expect(try cache.ticketCount() == 2)
    }

    @Test func anUpgradeSkipsATimelineThatNoLongerDecodes() throws {
        let temporary = try TemporaryDirectory()
        let file = temporary.url.appendingPathComponent("acme.sqlite")
        try LegacyDatabase.migrate(file, upTo: "v1") { db in
            try db.execute(sql: Self.v1Rows)
            try db.execute(sql: "INSERT INTO ticketDetail (ticketID, json) VALUES (2, 'not json')")
        }

        let cache = try AccountCache.open(account: "acme", in: temporary.url)
        #expect(try cache.ticketIDs(withMessagesMatching: ["colis"], limit: 5) == [1])
        #expect(try cache.outboxEntries().count == 2)
    }

    @Test func theVersionIsVisibleToPlainSQLite() throws {
        let temporary = try TemporaryDirectory()
        let cache = try AccountCache.open(account: "acme", in: temporary.url)
        let file = try #require(cache.fileURL)
        let version = try DatabaseQueue(path: file.path).read { db in
            try Int.fetchOne(db, sql: "PRAGMA user_version")
        }
        #expect(version == 3)
    }
}
