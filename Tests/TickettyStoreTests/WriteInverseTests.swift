import TickettyCore
import XCTest
@testable import TickettyStore

final class WriteInverseTests: XCTestCase {
    private func ticket(_ id: TicketID, status: TicketStatus = .open, priority: TicketPriority = .medium,
                        group: AgentGroup? = nil, agent: Agent? = nil, tags: [String] = [], title: String = "T") -> Ticket
    {
        var ticket = Fixture.ticket(id, title, status: status, priority: priority, tags: tags)
        ticket.assignedGroup = group
        ticket.assignedAgent = agent
        return ticket
    }

    func testStatusGoesBackWithOneWritePerOldValueInTheWritesOrder() {
        let before = [ticket(3, status: .pending), ticket(1), ticket(2, status: .pending)]
        XCTAssertEqual(Write.setStatus(.closed, [1, 2, 3]).inverse(restoring: before),
                       [.setStatus(.open, [1]), .setStatus(.pending, [2, 3])])
    }

    func testPriorityGoesBack() {
        let before = [ticket(1, priority: .low), ticket(2, priority: .low)]
        XCTAssertEqual(Write.setPriority(.urgent, [1, 2]).inverse(restoring: before), [.setPriority(.low, [1, 2])])
    }

    func testAGroupAssignmentGivesBackTheGroupAndThenTheAgentItCleared() {
        let before = [
            ticket(1, group: Fixture.finance, agent: Fixture.jose),
            ticket(2, group: Fixture.finance),
            ticket(3),  // assigned to nobody: nothing to go back to
        ]
        XCTAssertEqual(Write.assign(.group(Fixture.support), [1, 2, 3]).inverse(restoring: before), [
            .assign(.group(Fixture.finance), [1, 2]),
            .assign(.agent(Fixture.jose), [1]),
        ])
    }

    func testAnAgentAssignmentGivesBackTheOldAgentOrClearsItThroughTheGroup() {
        let before = [ticket(1, group: Fixture.finance, agent: Fixture.jose), ticket(2, group: Fixture.support)]
        XCTAssertEqual(Write.assign(.agent(Fixture.mei), [1, 2]).inverse(restoring: before), [
            .assign(.group(Fixture.support), [2]),
            .assign(.agent(Fixture.jose), [1]),
        ])
    }

    func testTagsUndoOnlyWhatTheWriteChanged() {
        let before = [ticket(1, tags: ["vip"]), ticket(2, tags: ["spam"]), ticket(3, tags: ["vip", "spam"])]
        let write = Write.updateTags(adding: ["vip"], removing: ["spam"], [1, 2, 3])
        // 1 had vip already and no spam: nothing changed. 2 lost spam and gained vip. 3 only lost spam.
        XCTAssertEqual(write.inverse(restoring: before), [
            .updateTags(adding: ["spam"], removing: ["vip"], [2]),
            .updateTags(adding: ["spam"], removing: [], [3]),
        ])
    }

    func testTitleGoesBack() {
        XCTAssertEqual(Write.setTitle("New", 4).inverse(restoring: [ticket(4, title: "Old")]), [.setTitle("Old", 4)])
        XCTAssertEqual(Write.setTitle("New", 4).inverse(restoring: []), [], "an unknown ticket gives nothing")
    }

    func testWritesThatCannotBeUndoneGiveNothing() {
        let one = ticket(1)
        let new = NewTicket(title: "t", from: "a@example.com", to: "b@example.com", brandID: 1)
        for write: Write in [
            .delete([1]), .unlinkCustomer(1), .post(OutgoingMessage(kind: .note, text: "hello"), one),
            .create(new, firstMessage: nil),
        ] {
            XCTAssertEqual(write.inverse(restoring: [one]), [], "\(write)")
        }
    }
}
