import Hummingbird
import HummingbirdTesting
import XCTest

@testable import DemoServer

/// Every rejected write answers with the error shape and leaves the database exactly as it was.
final class ValidationTests: XCTestCase {
    private struct Case {
        var name: String
        var uri: String
        var method: HTTPRequest.Method
        var body: (HTTPFields, ByteBuffer)
        var status: HTTPResponse.Status
    }

    private var cases: [Case] {
        [
            Case(name: "setStatus unknown word", uri: "/api/v2/ticket/setStatus", method: .post,
                 body: multipart([("ticketIDs[]", "1"), ("status", "done")]), status: .badRequest),
            Case(name: "setStatus missing ids", uri: "/api/v2/ticket/setStatus", method: .post,
                 body: multipart([("status", "open")]), status: .badRequest),
            Case(name: "setStatus non-numeric id", uri: "/api/v2/ticket/setStatus", method: .post,
                 body: multipart([("ticketIDs[]", "1"), ("ticketIDs[]", "x"), ("status", "open")]), status: .badRequest),
            Case(name: "setStatus one unknown id changes none", uri: "/api/v2/ticket/setStatus", method: .post,
                 body: multipart([("ticketIDs[]", "1"), ("ticketIDs[]", "9999"), ("status", "closed")]), status: .notFound),
            Case(name: "setPriority bad word", uri: "/api/v2/ticket/setPriority", method: .post,
                 body: multipart([("ticketIDs[]", "1"), ("priority", "critical")]), status: .badRequest),
            Case(name: "update status outside solved|closed", uri: "/api/v2/ticket/1", method: .put,
                 body: urlencoded([("status", "open")]), status: .badRequest),
            Case(name: "update empty title", uri: "/api/v2/ticket/1", method: .put,
                 body: urlencoded([("title", "  ")]), status: .badRequest),
            Case(name: "update nothing", uri: "/api/v2/ticket/1", method: .put, body: urlencoded([]), status: .badRequest),
            Case(name: "update unknown ticket", uri: "/api/v2/ticket/4040", method: .put,
                 body: urlencoded([("title", "x")]), status: .notFound),
            Case(name: "update non-numeric ticket", uri: "/api/v2/ticket/12a", method: .put,
                 body: urlencoded([("title", "x")]), status: .notFound),
            Case(name: "delete unknown", uri: "/api/v2/ticket/4040", method: .delete, body: urlencoded([]), status: .notFound),
            Case(name: "delete multi with one unknown", uri: "/api/v2/ticket/multi", method: .delete,
                 body: urlencoded([("ticketIDs[]", "1"), ("ticketIDs[]", "4040")]), status: .notFound),
            Case(name: "create missing title", uri: "/api/v2/ticket", method: .post,
                 body: multipart([("brandID", "1"), ("channelID", "1"), ("direction", "inbound"), ("from", "a@b.c"), ("to", "s@b.c")]),
                 status: .badRequest),
            Case(name: "create bad direction", uri: "/api/v2/ticket", method: .post,
                 body: multipart([("brandID", "1"), ("channelID", "1"), ("direction", "sideways"), ("from", "a@b.c"), ("to", "s@b.c"), ("title", "t")]),
                 status: .badRequest),
            Case(name: "create unknown brand", uri: "/api/v2/ticket", method: .post,
                 body: multipart([("brandID", "77"), ("channelID", "1"), ("direction", "inbound"), ("from", "a@b.c"), ("to", "s@b.c"), ("title", "t")]),
                 status: .badRequest),
            Case(name: "message too short", uri: "/api/v2/message", method: .post,
                 body: multipart([("ticketID", "1"), ("type", "0"), ("message", "hi  ")]), status: .badRequest),
            Case(name: "e-mail reply without toAddress", uri: "/api/v2/message", method: .post,
                 body: multipart([("ticketID", "1"), ("type", "1"), ("message", "<p>Hello there</p>")]), status: .badRequest),
            Case(name: "message to unknown ticket", uri: "/api/v2/message", method: .post,
                 body: multipart([("ticketID", "4040"), ("type", "0"), ("message", "a long enough note")]), status: .notFound),
            Case(name: "message bad type", uri: "/api/v2/message", method: .post,
                 body: multipart([("ticketID", "1"), ("type", "note"), ("message", "a long enough note")]), status: .badRequest),
            Case(name: "message unknown user", uri: "/api/v2/message", method: .post,
                 body: multipart([("ticketID", "1"), ("type", "0"), ("message", "a long enough note"), ("userID", "99")]), status: .badRequest),
            Case(name: "batch unknown action", uri: "/api/v2/ticket/batch", method: .post,
                 body: multipart([("TicketIDs", "1"), ("actions[0][actionType]", "explode"), ("actions[0][value]", "1")]), status: .badRequest),
            Case(name: "batch second action invalid changes none", uri: "/api/v2/ticket/batch", method: .post,
                 body: multipart([("TicketIDs", "1,2"), ("actions[0][actionType]", "addTag"), ("actions[0][value]", "vip"),
                                  ("actions[1][actionType]", "assignGroup"), ("actions[1][value]", "424242")]), status: .badRequest),
            Case(name: "batch bad TicketIDs", uri: "/api/v2/ticket/batch", method: .post,
                 body: multipart([("TicketIDs", "1;2"), ("actions[0][actionType]", "addTag"), ("actions[0][value]", "vip")]), status: .badRequest),
            Case(name: "unlink unknown ticket", uri: "/api/v2/ticket/unlinkCustomerFromTicket", method: .post,
                 body: multipart([("ticketID", "4040")]), status: .notFound),
            Case(name: "JSON body is not a form", uri: "/api/v2/ticket/setStatus", method: .post,
                 body: (headers(contentType: "application/json"), ByteBuffer(string: #"{"status":"open"}"#)), status: .badRequest),
            Case(name: "multipart without boundary", uri: "/api/v2/ticket/setStatus", method: .post,
                 body: (headers(contentType: "multipart/form-data"), ByteBuffer(string: "x")), status: .badRequest),
            Case(name: "wrong key", uri: "/api/v2/ticket/setStatus", method: .post,
                 body: ({ var h = multipart([("ticketIDs[]", "1"), ("status", "closed")]); h.0[apiKeyField] = "nope"; return h })(),
                 status: .unauthorized),
            Case(name: "read-only key", uri: "/api/v2/ticket/1", method: .delete,
                 body: urlencoded([], key: readOnlyKey), status: .forbidden),
        ]
    }

    func testRejectedWritesChangeNothing() async throws {
        let harness = try await DeskHarness.make(tickets: 12)
        let before = try await harness.snapshot()
        let cases = self.cases
        try await harness.test { client in
            for c in cases {
                try await client.execute(uri: c.uri, method: c.method, headers: c.body.0, body: c.body.1) { response in
                    XCTAssertEqual(response.status, c.status, "\(c.name): \(String(buffer: response.body))")
                    let message = try assertError(response, c.status)
                    XCTAssertFalse(message.isEmpty, c.name)
                }
            }
        }
        let after = try await harness.snapshot()
        XCTAssertEqual(before, after)
    }
}
