import Foundation
import Testing
import TickettyCore

@testable import OmnideskBackend

/// Odd but real-looking server data must not cost more than the odd field (or ticket).
@Suite struct LenientDecodingTests {
    private func page(_ json: String) throws(BackendError) -> Envelope.Page<TicketDTO> {
        try Envelope.list(Data(json.utf8), of: TicketDTO.self)
    }

    private let mapping = DomainMapping(
        timestamps: OmnideskTimestamp(timeZone: .gmt), names: NameDirectory.Snapshot(groups: [:], agents: [:]))

    @Test func idsAsNumbersOrStringsTagsInEveryShape() throws {
        let list = try page(
            """
            {"type":"list","itemStart":0,"itemTotal":4,"itemLimit":15,"items":[
             {"id":"12","status":"open","priority":"high","tags":"billing, vip,","title":null,"assigned_group_id":"10003"},
             {"id":13.0,"status":"OPEN","priority":"weird","tags":["a",{"name":"b"},7,null]},
             {"id":14,"status":"solved","tags":null,"created_at":"garbage","last_update":"2024-02-29 10:00:00"},
             {"id":15,"status":"pending","tags":{"x":1},"channel_id":"2","channel_name":"telephone","unknown":[1,{"deep":true}]}
            ]}
            """)
        let tickets = list.items.compactMap(mapping.ticket)
        #expect(tickets.map(\.id) == [12, 13, 14, 15])
        #expect(tickets[0].tags == ["billing", "vip"])
        #expect(tickets[0].title == "")
        #expect(tickets[0].assignedGroup == AgentGroup(id: 10003, name: "Group 10003"))
        #expect(tickets[1].status == .open)
        #expect(tickets[1].priority == .medium)
        #expect(tickets[1].tags == ["a", "b", "7"])
        #expect(tickets[2].createdAt == OmnideskTimestamp(timeZone: .gmt).date("2024-02-29 10:00:00"))
        #expect(tickets[3].tags.isEmpty)
        #expect(tickets[3].channelID == 2)
        #expect(tickets[3].channel == "telephone")
    }

    @Test func anUnreadableTicketIsSkippedNotThePage() throws {
        let list = try page(
            """
            {"type":"list","itemStart":30,"itemTotal":99,"items":[
             {"id":1,"status":"new"}, "not a ticket", {"id":null,"status":"new"}, {"id":"x"},
             {"id":2,"status":"invented"}, [1,2], {"id":3,"status":"closed"}]}
            """)
        #expect(list.count == 7)
        #expect(list.start == 30)
        #expect(list.total == 99)
        #expect(list.items.compactMap(mapping.ticket).map(\.id) == [1, 3])
    }

    @Test func hostileStringsAreSanitised() throws {
        let list = try page(
            #"{"type":"list","items":[{"id":1,"status":"new","title":"Refund \u001b]52;c;aGk=\u0007 now\u202e","from":"a\nb@x","tags":"x\u001b[31m"}]}"#
        )
        let ticket = try #require(list.items.compactMap(mapping.ticket).first)
        #expect(ticket.title == "Refund ^[]52;c;aGk=^G now")
        #expect(ticket.customerAddress == "a b@x")
        #expect(ticket.tags == ["x^[[31m"])
    }

    @Test func wrongEnvelopesAreInvalidResponses() {
        #expect(throws: BackendError.invalidResponse("expected a JSON object, got \"<html><body>oops</body></html>\"")) {
            try page("<html><body>oops</body></html>")
        }
        #expect(throws: BackendError.invalidResponse("expected a list envelope, got \"item\"")) {
            try page(#"{"type":"item","item":{}}"#)
        }
        #expect(throws: BackendError.invalidResponse("a list answer without items")) {
            try page(#"{"type":"list","items":"none"}"#)
        }
        #expect(throws: BackendError.invalidResponse("expected a JSON object, got an empty body")) {
            try page("")
        }
        #expect(throws: BackendError.invalidRequest("Bad ticket")) {
            try page(#"{"status":"error","message":"Bad ticket"}"#)
        }
    }

    @Test func timelineToleratesOddEntries() throws {
        let json = #"""
            {"type":"item","item":{"id":5,"status":"open","created_at":"2024-01-01 00:00:00","timeline":[
             {"type":"message","id":7,"direction":"outbound","user_id":"3","user_name":"Ann","content":"<p>x</p>","created_at":"2024-01-01 02:00:00"},
             {"type":"message","id":"8","direction":"","user_id":0,"from":"c@x","from_name":"Cee","created_at":"2024-01-01 01:00:00"},
             {"type":"message","id":"9","direction":null,"user_id":4,"created_at":null},
             {"type":"poll","id":10},
             "junk",
             {"type":"event","id":11,"description":null,"created_at":"2024-01-01 01:00:00"}]}}
            """#
        let dto = try #require(try Envelope.item(Data(json.utf8), as: TicketDTO.self))
        let ticket = try #require(mapping.ticket(dto))
        let timeline = mapping.timeline(dto.timeline, of: ticket)
        // Entry 9 has no date and takes the ticket's; 8 and 11 share a second and keep server order.
        #expect(timeline.map(\.id) == ["9", "8", "11", "7"])
        #expect(timeline.map(\.kind) == [.agentMessage, .customerMessage, .event, .agentMessage])
        #expect(timeline[0].author == "Agent 4")
        #expect(timeline[1].author == "Cee")
        #expect(timeline[2].body == .text(""))
        #expect(timeline[3].author == "Ann")
    }
}
