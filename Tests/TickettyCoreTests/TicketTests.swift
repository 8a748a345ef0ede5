import Foundation
import XCTest
@testable import TickettyCore

final class TicketTests: XCTestCase {
    func testTheAssignmentColumnPrefersTheAgentOverTheGroup() {
        var ticket = Ticket(
            id: 1, title: "Refund", status: .open, priority: .high,
            assignedGroup: AgentGroup(id: 10002, name: "Finance"),
            createdAt: Date(timeIntervalSince1970: 0), lastUpdate: Date(timeIntervalSince1970: 0))
        XCTAssertEqual(ticket.assigneeName, "Finance")
        ticket.assignedAgent = Agent(id: 2, name: "marleen")
        XCTAssertEqual(ticket.assigneeName, "marleen")
    }

    func testTicketIDsAcceptIntegerLiteralsAndPrintPlainly() {
        let id: TicketID = 858462
        XCTAssertEqual(id.description, "858462")
        XCTAssertLessThan(TicketID(3), TicketID(10))
    }
}
