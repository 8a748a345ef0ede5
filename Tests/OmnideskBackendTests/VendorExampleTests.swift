import Foundation
import Testing
import TickettyCore

@testable import OmnideskBackend

/// Decodes the vendor's own example ticket, verbatim from the shared contract folder.
@Suite struct VendorExampleTests {
    /// The line of `omnidesk-ticket-example.json.txt` that holds the item envelope.
    static func exampleEnvelope() throws -> Data {
        let text = try String(contentsOf: SharedContract.file("omnidesk-ticket-example.json.txt"), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("{\"type\": \"item\"") })
        return Data(line.utf8)
    }

    static func decode() async throws -> (TicketDetail, NameDirectory.Snapshot) {
        let dto = try #require(try Envelope.item(exampleEnvelope(), as: TicketDTO.self))
        let names = NameDirectory()
        await names.learnGroups(DomainMapping.groups(dto.assignOptionsGroups))
        await names.learnAgents(DomainMapping.agents(dto.assignOptionsUsers))
        let mapping = DomainMapping(timestamps: OmnideskTimestamp(timeZone: .gmt), names: await names.snapshot())
        let ticket = try #require(mapping.ticket(dto))
        let detail = TicketDetail(
            ticket: ticket, timeline: mapping.timeline(dto.timeline, of: ticket),
            assignableGroups: DomainMapping.groups(dto.assignOptionsGroups),
            assignableAgents: DomainMapping.agents(dto.assignOptionsUsers))
        return (detail, await names.snapshot())
    }

    static func utc(_ text: String) -> Date? {
        OmnideskTimestamp(timeZone: .gmt).date(text)
    }

    @Test func ticketFields() async throws {
        let (detail, _) = try await Self.decode()
        let ticket = detail.ticket
        #expect(ticket.id == 858462)
        #expect(ticket.title == "vraag van Thomas")
        #expect(ticket.status == .new)
        #expect(ticket.priority == .medium)
        #expect(ticket.customerName == "T van Test")
        #expect(ticket.customerAddress == "thomas@test.com")
        #expect(ticket.channel == "e-mail")
        #expect(ticket.channelID == 1)
        #expect(ticket.tags.isEmpty)
        #expect(ticket.assignedGroup == AgentGroup(id: 10003, name: "Customer Support"))
        #expect(ticket.assignedAgent == nil)
        #expect(ticket.createdAt == Date(timeIntervalSince1970: 1_569_708_376))  // 2019-09-28 22:06:16 UTC
        #expect(ticket.slaNextBreach == Self.utc("2019-10-01 12:00:00"))
    }

    @Test func timelineIsInTimeOrderWithKinds() async throws {
        let (detail, _) = try await Self.decode()
        // The example lists event (22:06:23), note (23:30:13), message (22:06:17).
        #expect(detail.timeline.map(\.id) == ["3143690", "4090647", "3143281"])
        #expect(detail.timeline.map(\.kind) == [.customerMessage, .event, .note])

        let message = detail.timeline[0]
        #expect(message.author == "T van Test")
        #expect(message.fromAddress == "thomas@test.com")
        #expect(message.toAddress == "service@mybrand.com")
        guard case .html(let html) = message.body else {
            Issue.record("a message body stays HTML")
            return
        }
        #expect(html.contains("<p><b>HTML</b> email content</p>"))

        let event = detail.timeline[1]
        #expect(event.body == .text("Assigned to Servicee"))
        #expect(event.author == "trigger: Assign to service")

        let note = detail.timeline[2]
        #expect(note.author == "marleen")
        #expect(note.body == .html("My intern note on this ticket"))
        #expect(note.createdAt == Self.utc("2019-09-28 23:30:13"))
    }

    @Test func assignmentOptionsAreLearnt() async throws {
        let (detail, names) = try await Self.decode()
        #expect(detail.assignableGroups == [AgentGroup(id: 10002, name: "Finance"), AgentGroup(id: 10003, name: "Customer Support")])
        #expect(detail.assignableAgents == [Agent(id: 1, name: "thomas"), Agent(id: 2, name: "marleen")])
        #expect(names.group(10002)?.name == "Finance")
        #expect(names.agent(2)?.name == "marleen")
        #expect(names.agent(254)?.name == "Agent 254")
        #expect(names.group(0) == nil)
    }

    @Test func accountTimeZoneShiftsTimes() async throws {
        let amsterdam = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        // 2019-09-28 is summer time in Amsterdam: UTC+2.
        #expect(OmnideskTimestamp(timeZone: amsterdam).date("2019-09-28 22:06:16") == Self.utc("2019-09-28 20:06:16"))
    }
}
