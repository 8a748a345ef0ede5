import Hummingbird
import GRDB
import XCTest

@testable import DemoServer

final class SeedGeneratorTests: XCTestCase {
    func testSameSeedGivesTheSameDeskAndAnotherSeedDoesNot() async throws {
        let a = try await DeskHarness.make(tickets: 50, seed: 11).snapshot()
        let b = try await DeskHarness.make(tickets: 50, seed: 11).snapshot()
        let c = try await DeskHarness.make(tickets: 50, seed: 12).snapshot()
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(a, c)
    }

    func testTheDeskLooksReal() async throws {
        let harness = try await DeskHarness.make(tickets: 300, seed: 1)
        let facts = try await harness.desk.database.read { db in
            (
                statuses: Set(try String.fetchAll(db, sql: "SELECT DISTINCT status FROM ticket")),
                priorities: Set(try String.fetchAll(db, sql: "SELECT DISTINCT priority FROM ticket")),
                channels: Set(try Int.fetchAll(db, sql: "SELECT DISTINCT channelId FROM ticket")),
                perTicket: try Int.fetchAll(db, sql: "SELECT COUNT(*) FROM timeline GROUP BY ticketId"),
                breached: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ticket WHERE slaNextBreach < ?", arguments: [fixedNow]) ?? 0,
                soon: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ticket WHERE slaNextBreach BETWEEN ? AND ?", arguments: [fixedNow, fixedNow + 7200 + 300]) ?? 0,
                noSLA: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ticket WHERE slaNextBreach IS NULL") ?? 0,
                nonASCIICustomers: try String.fetchAll(db, sql: "SELECT firstname || ' ' || lastname FROM customer")
                    .filter { $0.unicodeScalars.contains { !$0.isASCII } }.count,
                notes: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM timeline WHERE type = 'note'") ?? 0,
                events: try String.fetchAll(db, sql: "SELECT initiatedBy FROM timeline WHERE type = 'event'"),
                tagged: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ticket WHERE tags != ''") ?? 0
            )
        }
        XCTAssertEqual(facts.statuses, Set(OmnideskContract.statuses))
        XCTAssertEqual(facts.priorities, Set(OmnideskContract.priorities))
        XCTAssertEqual(facts.channels, [1, 2, 3])
        XCTAssertEqual(facts.perTicket.count, 300)
        XCTAssertTrue(facts.perTicket.allSatisfy { (1...6).contains($0) })
        XCTAssertGreaterThan(facts.breached, 0)
        XCTAssertGreaterThan(facts.soon, 0)
        XCTAssertGreaterThan(facts.noSLA, 0)
        XCTAssertGreaterThan(facts.nonASCIICustomers, 10)
        XCTAssertGreaterThan(facts.notes, 0)
        XCTAssertTrue(facts.events.contains { $0.hasPrefix("trigger: ") })
        XCTAssertGreaterThan(facts.tagged, 0)
    }

    func testBodiesCoverTheMailClientStyles() async throws {
        let harness = try await DeskHarness.make(tickets: 80, seed: 1)
        let loader = TicketLoader(desk: harness.desk)
        var html = ""
        for id in 1...80 {
            let detail = try await loader.detail(id)
            html += String(decoding: detail.bytes, as: UTF8.self)
        }
        for marker in ["MsoNormal", "<o:p>", "<!--[if gte mso 9]>", "gmail_quote", "dir=\\\"ltr\\\"", "blockquote type=\\\"cite\\\"",
                       "<table", "<ul>", "<a href", "😍", "届いて"] {
            XCTAssertTrue(html.contains(marker), marker)
        }
        XCTAssertFalse(html.contains("\u{1B}"), "the default desk is clean")
    }

    func testHostileSamplesOnlyWhenAskedAndFirstInTheList() async throws {
        let harness = try await DeskHarness.make(tickets: 10, hostile: true)
        let titles = try await harness.desk.database.read { db in
            try String.fetchAll(db, sql: "SELECT title FROM ticket ORDER BY lastUpdate DESC, id DESC LIMIT 3")
        }
        XCTAssertTrue(titles.contains { $0.contains("\u{1B}]52;") })
        XCTAssertTrue(titles.contains { $0.contains("\u{202E}") })
        XCTAssertTrue(titles.contains { $0.contains("\u{9B}") })
        let detail = try await TicketLoader(desk: harness.desk).detail(11)
        XCTAssertTrue(String(decoding: detail.bytes, as: UTF8.self).contains("\\u001b[2J"), "escaped in JSON, intact once decoded")
    }

    func testSeedingIsFastEnoughForBenchmarks() async throws {
        let started = ContinuousClock.now
        let harness = try await DeskHarness.make(tickets: 10_000, seed: 5)
        let elapsed = ContinuousClock.now - started
        let count = try await harness.desk.database.read { db in try TicketRecord.fetchCount(db) }
        XCTAssertEqual(count, 10_000)
        // Generous for a debug build on a shared 2-core machine; release seeds 100,000 in seconds.
        XCTAssertLessThan(elapsed, .seconds(30))
    }
}
