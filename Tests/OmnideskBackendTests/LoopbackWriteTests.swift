import DemoServer
import Foundation
import Testing
import TickettyCore

@testable import OmnideskBackend

/// Every write the backend offers, checked by reading the demo server's state back.
@Suite struct LoopbackWriteTests {
    private func someTickets(_ desk: DemoDesk, _ count: Int) async throws -> [Ticket] {
        Array(try await desk.backend.listTickets(TicketQuery(limit: 30)).tickets.prefix(count))
    }

    @Test func statusAndPriorityOfSeveralTicketsInOneCall() async throws {
        try await DemoDesk.with { desk in
            let ids = try await someTickets(desk, 3).map(\.id)
            try await desk.backend.setStatus(.holding, of: ids)
            try await desk.backend.setPriority(.urgent, of: ids)
            for id in ids {
                let ticket = try await desk.backend.ticket(id).ticket
                #expect(ticket.status == .holding)
                #expect(ticket.priority == .urgent)
            }
        }
    }

    @Test func assignToAGroupAndToAnAgent() async throws {
        try await DemoDesk.with { desk in
            let tickets = try await someTickets(desk, 2)
            let options = try await desk.backend.ticket(tickets[0].id)
            let group = try #require(options.assignableGroups.last)
            let agent = try #require(options.assignableAgents.last)
            try await desk.backend.assign(tickets.map(\.id), to: .group(group))
            for ticket in tickets {
                #expect(try await desk.backend.ticket(ticket.id).ticket.assignedGroup == group)
            }
            try await desk.backend.assign(tickets.map(\.id), to: .agent(agent))
            let listed = try await desk.backend.listTickets(TicketQuery(limit: 30)).tickets
            for ticket in tickets {
                #expect(listed.first { $0.id == ticket.id }?.assignedAgent == agent)
            }
        }
    }

    @Test func tagsAreAddedAndRemoved() async throws {
        try await DemoDesk.with { desk in
            let ids = try await someTickets(desk, 2).map(\.id)
            try await desk.backend.updateTags(of: ids, adding: ["vip", " billing "], removing: [])
            for id in ids {
                let tags = try await desk.backend.ticket(id).ticket.tags
                #expect(tags.contains("vip") && tags.contains("billing"))
            }
            try await desk.backend.updateTags(of: ids, adding: ["later"], removing: ["vip"])
            for id in ids {
                let tags = try await desk.backend.ticket(id).ticket.tags
                #expect(!tags.contains("vip"))
                #expect(tags.contains("billing") && tags.contains("later"))
            }
            await #expect(throws: BackendError.invalidRequest("a tag cannot contain a comma")) {
                try await desk.backend.updateTags(of: ids, adding: ["a,b"], removing: [])
            }
        }
    }

    @Test func titleIsChanged() async throws {
        try await DemoDesk.with { desk in
            let id = try #require(try await someTickets(desk, 1).first?.id)
            try await desk.backend.setTitle("Refund for order #1234 — ümlaut & more", of: id)
            #expect(try await desk.backend.ticket(id).ticket.title == "Refund for order #1234 — ümlaut & more")
        }
    }

    @Test func replyAndNoteGrowTheTimeline() async throws {
        try await DemoDesk.with { desk in
            let ticket = try #require(try await someTickets(desk, 1).first)
            let before = try await desk.backend.ticket(ticket.id).timeline
            try await desk.backend.post(OutgoingMessage(kind: .reply, text: "Hello <Ann>,\nit is fixed."), on: ticket)
            try await desk.backend.post(OutgoingMessage(kind: .note, text: "Called the customer."), on: ticket)
            let after = try await desk.backend.ticket(ticket.id).timeline
            #expect(after.count == before.count + 2)
            let added = after.filter { entry in !before.contains { $0.id == entry.id } }
            #expect(added.map(\.kind) == [.agentMessage, .note])
            #expect(added.first?.body == .html("Hello &lt;Ann&gt;,<br>it is fixed."))
            #expect(added.first?.toAddress == ticket.customerAddress)
            #expect(added.last?.body == .html("Called the customer."))

            await #expect(throws: BackendError.invalidRequest("a message needs at least 5 characters")) {
                try await desk.backend.post(OutgoingMessage(kind: .note, text: " ok "), on: ticket)
            }
            #expect(try await desk.backend.ticket(ticket.id).timeline.count == after.count)
        }
    }

    @Test func createATicket() async throws {
        try await DemoDesk.with { desk in
            let before = try await desk.backend.listTickets(TicketQuery(limit: 1)).total
            let created = try await desk.backend.createTicket(
                NewTicket(
                    title: "Broken tent pole", from: "new.customer@example.com", fromName: "Nia Newman",
                    to: "support@nordlicht.example", brandID: 1))
            #expect(created.title == "Broken tent pole")
            #expect(created.status == .new)
            #expect(created.customerAddress == "new.customer@example.com")
            #expect(created.customerName == "Nia Newman")
            #expect(try await desk.backend.listTickets(TicketQuery(limit: 1)).total == before + 1)
            #expect(try await desk.backend.ticket(created.id).ticket.title == "Broken tent pole")
        }
    }

    @Test func deleteOneAndSeveral() async throws {
        try await DemoDesk.with { desk in
            let ids = try await someTickets(desk, 3).map(\.id)
            try await desk.backend.deleteTickets([ids[0]])
            try await desk.backend.deleteTickets([ids[1], ids[2]])
            for id in ids {
                await #expect(throws: BackendError.notFound(id)) { try await desk.backend.ticket(id) }
            }
            #expect(try await desk.backend.listTickets(TicketQuery(limit: 1)).total == 27)
        }
    }

    @Test func unlinkTheCustomer() async throws {
        try await DemoDesk.with { desk in
            let ticket = try #require(try await someTickets(desk, 1).first)
            try await desk.backend.unlinkCustomer(from: ticket.id)
            let after = try await desk.backend.ticket(ticket.id).ticket
            // Without a customer the name falls back to the sender's name or address.
            #expect(!after.customerName.isEmpty)
            #expect(after.customerAddress == ticket.customerAddress)
            await #expect(throws: BackendError.notFound(999_999)) {
                try await desk.backend.unlinkCustomer(from: 999_999)
            }
        }
    }
}
