import Testing
import TickettyCore

@testable import OmnideskBackend

@Suite struct OmnideskEndpointTests {
    @Test func listClampsTheLimitAndLeavesOutEmptyFilters() {
        let big = OmnideskEndpoint.listTickets(TicketQuery(start: -4, limit: 50_000, text: ""))
        #expect(big.query == [FormField("itemStart", "0"), FormField("itemLimit", "9999")])
        let filtered = OmnideskEndpoint.listTickets(TicketQuery(start: 100, limit: 0, text: "refund", status: .pending, viewID: 3))
        #expect(
            filtered.query == [
                FormField("itemStart", "100"), FormField("itemLimit", "1"), FormField("query", "refund"),
                FormField("status", "pending"), FormField("applyView", "3"),
            ])
    }

    @Test func batchNumbersItsActions() {
        let endpoint = OmnideskEndpoint.batch([1, 2, 3], [.addTag("vip"), .removeTag("old")])
        guard case .multipart(let fields) = endpoint.body else {
            Issue.record("batch is multipart")
            return
        }
        #expect(
            fields == [
                FormField("TicketIDs", "1, 2, 3"), FormField("actions[0][actionType]", "addTag"),
                FormField("actions[0][value]", "vip"), FormField("actions[1][actionType]", "removeTag"),
                FormField("actions[1][value]", "old"),
            ])
        #expect(endpoint.path == "ticket/batch")
        #expect(endpoint.permission == "TICKET_BATCH")
    }

    @Test func deleteUsesItemOrMulti() {
        #expect(OmnideskEndpoint.delete([5]).path == "ticket/5")
        let multi = OmnideskEndpoint.delete([5, 6])
        #expect(multi.path == "ticket/multi")
        guard case .urlEncoded(let fields) = multi.body else {
            Issue.record("multi delete carries a urlencoded body")
            return
        }
        #expect(fields == [FormField("ticketIDs[]", "5"), FormField("ticketIDs[]", "6")])
    }
}
