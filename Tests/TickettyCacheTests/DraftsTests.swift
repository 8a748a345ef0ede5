import Testing
import TickettyCore
import TickettyStore

@testable import TickettyCache

@Suite struct DraftsTests {
    @Test func draftsAreKeptPerTicketAndKindAcrossReopening() throws {
        let temporary = try TemporaryDirectory()
        let reply = Draft(ticketID: 7, kind: .reply, text: "Hallo Zoë,\n\nich 👋", cursor: 9)
        let note = Draft(ticketID: 7, kind: .note, text: "check the invoice", cursor: 3)
        let other = Draft(ticketID: 2, kind: .reply, text: "", cursor: 0)
        do {
            let cache = try AccountCache.open(account: "acme", in: temporary.url)
            try cache.save(Draft(ticketID: 7, kind: .reply, text: "Hal", cursor: 3))
            try cache.save(reply)
            try cache.save(note)
            try cache.save(other)
            try cache.removeDraft(other.key)
        }
        let cache = try AccountCache.open(account: "acme", in: temporary.url)
        #expect(Set(try cache.loadDrafts()) == [reply, note])
    }

    @Test func aDraftOfAnUnknownKindIsSkipped() throws {
        let temporary = try TemporaryDirectory()
        let cache = try AccountCache.open(account: "acme", in: temporary.url)
        let reply = Draft(ticketID: 1, kind: .reply, text: "hi", cursor: 2)
        try cache.save(reply)
        try LegacyDatabase.execute(
            "INSERT INTO draft (ticketID, kind, text, cursor) VALUES (1, 'forward', 'x', 0)", in: try #require(cache.fileURL))

        #expect(try cache.loadDrafts() == [reply])
    }
}
