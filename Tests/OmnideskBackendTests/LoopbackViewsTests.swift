import DemoServer
import Foundation
import Testing
import TickettyCore

@testable import OmnideskBackend

/// Saved views (`GET /view`) and listing one (`applyView`), against the demo server on loopback.
@Suite struct LoopbackViewsTests {
    @Test func viewsAreListedAndApplyingOneNarrowsTheIndex() async throws {
        try await DemoDesk.with(ticketCount: 60) { desk in
            let views = try await desk.backend.views()
            #expect(Array(views.map(\.name).prefix(3)) == ["New & open", "Urgent", "Unassigned"])
            #expect(Set(views.map(\.id)).count == views.count)
            let newAndOpen = try #require(views.first { $0.name == "New & open" })
            let all = try await desk.backend.listTickets(TicketQuery(limit: 100))
            let viewed = try await desk.backend.listTickets(TicketQuery(limit: 100, viewID: newAndOpen.id))
            #expect(!viewed.tickets.isEmpty)
            #expect(viewed.total < all.total)
            #expect(viewed.tickets.allSatisfy { $0.status == .new || $0.status == .open })
        }
    }

    @Test func oddViewEntriesAreKeptOrSkippedNeverFatal() throws {
        let page = try Envelope.list(
            Data(
                """
                {"type":"list","itemTotal":4,"items":[
                 {"id":"7","name":"Mine\\u001b[31m red","extra":[1]},
                 {"id":8,"name":null},
                 {"id":"nope","name":"no id"},
                 "garbage"
                ]}
                """.utf8), of: NamedOptionDTO.self)
        let views = page.items.map(DomainMapping.view)
        #expect(views.map(\.id) == [7, 8])
        #expect(!views[0].name.unicodeScalars.contains { $0.value == 0x1B }, "escape sequences never reach the screen")
        #expect(views[1].name == "View 8")
    }
}
