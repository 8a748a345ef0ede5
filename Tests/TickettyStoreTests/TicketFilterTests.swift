import Foundation
import TickettyCore
import XCTest
@testable import TickettyStore

final class TicketFilterTests: XCTestCase {
    private let now = Fixture.now
    private lazy var tickets: [Ticket] = {
        var refund = Fixture.ticket(1, "Refund for order", status: .open, priority: .urgent, customer: "José Álvarez", tags: ["billing"])
        refund.assignedGroup = Fixture.finance
        refund.assignedAgent = Fixture.jose
        refund.slaNextBreach = now.addingTimeInterval(-60)
        var login = Fixture.ticket(2, "Login broken", status: .pending, priority: .high, customer: "Mei Ling", tags: ["bug"])
        login.assignedGroup = Fixture.support
        login.slaNextBreach = now.addingTimeInterval(3600)
        let invoice = Fixture.ticket(345, "Invoice copy", status: .closed, priority: .low, tags: ["spam"])
        return [refund, login, invoice]
    }()

    private func matching(_ text: String, me: String? = nil) -> [TicketID] {
        let filter = TicketFilter(text)
        return tickets.filter { filter.matches($0, now: now, me: me) }.map(\.id)
    }

    func testPlainWordsMatchAnyFieldIgnoringCaseAndAccents() {
        XCTAssertEqual(matching("ALVAREZ"), [1])
        XCTAssertEqual(matching("finance"), [1], "the group's name")
        XCTAssertEqual(matching("billing refund"), [1], "every word must match, in any field")
        XCTAssertEqual(matching("#34"), [345])
        XCTAssertEqual(matching("10:30"), [], "an unknown field name is a plain word")
    }

    func testStatusAndPriorityTakePrefixesListsAndComparisons() {
        XCTAssertEqual(matching("status:open"), [1])
        XCTAssertEqual(matching("status:pend"), [2])
        XCTAssertEqual(matching("STATUS:open,closed"), [1, 345])
        XCTAssertEqual(matching("prio:urgent"), [1])
        XCTAssertEqual(matching("priority:>=high"), [1, 2])
        XCTAssertEqual(matching("prio:<medium"), [345])
    }

    func testGroupAgentTagAndIdFields() {
        XCTAssertEqual(matching("group:fin"), [1])
        XCTAssertEqual(matching("group:SUPP"), [2])
        XCTAssertEqual(matching("agent:jose"), [1], "agent names fold accents too")
        XCTAssertEqual(matching("assignee:20"), [1], "or the agent's id")
        XCTAssertEqual(matching("tag:bill"), [1])
        XCTAssertEqual(matching("id:3"), [345])
    }

    func testIsFields() {
        XCTAssertEqual(matching("is:breached"), [1], "an SLA at or before now is breached")
        XCTAssertEqual(matching("is:unassigned"), [2, 345], "a group alone is nobody's")
        XCTAssertEqual(matching("is:mine"), [], "without a configured me, nothing is mine")
        XCTAssertEqual(matching("is:mine", me: "José Álvarez"), [1])
        XCTAssertEqual(matching("is:mine", me: "20"), [1])
    }

    func testNegation() {
        XCTAssertEqual(matching("-status:closed"), [1, 2])
        XCTAssertEqual(matching("-login -tag:spam"), [1])
        XCTAssertEqual(matching("-"), [1, 2, 345], "a lone dash is a negation still being typed")
    }

    func testMalformedFieldIsLeftOutAndExplained() {
        let bogus = TicketFilter("status:bogus refund")
        XCTAssertEqual(bogus.problem?.severity, .error)
        XCTAssertEqual(bogus.problem?.text, "status: no status \"bogus\"; try status: new, open, pending, holding, solved, closed")
        XCTAssertEqual(matching("status:bogus refund"), [1], "the rest of the filter still applies")
        XCTAssertEqual(TicketFilter("is:nobody").problem?.severity, .error)
        XCTAssertEqual(TicketFilter("prio:>=bogus").problem?.severity, .error)
        let incomplete = TicketFilter("status:")
        XCTAssertEqual(incomplete.problem?.severity, .info, "a field still being typed gets a hint, not an error")
        XCTAssertTrue(incomplete.isEmpty)
        XCTAssertNil(TicketFilter("status:open").problem)
    }

    func testPlainWordsAreWhatTheServerIsAskedFor() {
        let filter = TicketFilter("status:open Refund -spam #12 for")
        XCTAssertEqual(filter.plainWords, ["Refund", "for"])
        XCTAssertEqual(filter.plainText, "Refund for")
        XCTAssertNil(TicketFilter("status:open").plainText)
    }

    func testALongerFilterNarrowsTheShorterOne() {
        XCTAssertTrue(TicketFilter("status:open anna").narrows(TicketFilter("status:open ann")))
        XCTAssertTrue(TicketFilter("refund x").narrows(TicketFilter("refund")))
        XCTAssertFalse(TicketFilter("status:open").narrows(TicketFilter("status")))
        XCTAssertFalse(TicketFilter("-refunds").narrows(TicketFilter("-refund")))
    }

    /// The corpus search must agree with the reference matching on every kind of clause.
    func testCorpusAgreesWithReferenceMatching() {
        var index = SearchIndex()
        let byID = Dictionary(uniqueKeysWithValues: tickets.map { ($0.id, $0) })
        let context = FilterContext(now: now, me: "Mei Ling")
        for text in [
            "o", "or", "ord", "order", "status:open", "-status:closed", "prio:>=high anna", "group:f", "agent:20",
            "tag:b -tag:spam", "is:breached", "is:unassigned", "is:mine", "#3", "id:1", "-e", "zzz", "józe",
        ] {
            let filter = TicketFilter(text)
            let expected = tickets.filter { filter.matches($0, now: now, me: "Mei Ling") }.map(\.id).sorted()
            XCTAssertEqual(index.matchingIDs(of: byID, filter: filter, context: context, joined: []).sorted(), expected, text)
        }
    }
}
