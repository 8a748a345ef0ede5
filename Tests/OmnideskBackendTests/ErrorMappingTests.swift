import Foundation
import NIOHTTP1
import Testing
import TickettyCore

@testable import OmnideskBackend

@Suite struct ErrorMappingTests {
    private func map(_ status: Int, _ body: String = "", headers: HTTPHeaders = [:]) -> BackendError {
        ErrorMapping.status(
            status, headers: headers, body: Data(body.utf8), endpoint: .setStatus(.open, of: [7]))
    }

    @Test func statusesBecomeDomainErrors() {
        #expect(map(401, #"{"status":"error","message":"Invalid apiKey"}"#) == .unauthorized(permission: nil))
        #expect(map(403, #"{"status":"error","message":"Missing permission: TICKET_DELETE"}"#) == .forbidden(permission: "TICKET_DELETE"))
        #expect(map(403, #"{"status":"error","message":"Key lacks CUSTOM_THING."}"#) == .forbidden(permission: "CUSTOM_THING"))
        #expect(map(403, "<html>no</html>") == .forbidden(permission: "SET_STATUS"))
        #expect(map(404) == .notFound(7))
        #expect(map(422, #"{"status":"error","message":"status \u001b[2J is invalid"}"#) == .invalidRequest("status ^[[2J is invalid"))
        #expect(map(400) == .invalidRequest("HTTP 400"))
        #expect(map(429, headers: ["Retry-After": "7"]) == .rateLimited(retryAfter: 7))
        #expect(map(429) == .rateLimited(retryAfter: nil))
        #expect(map(503, #"{"status":"error","message":"down"}"#) == .server(status: 503, message: "down"))
        #expect(map(502, "<html>Bad gateway</html>") == .server(status: 502, message: ""))
        #expect(map(302) == .invalidResponse("unexpected redirect (HTTP 302)"))
        #expect(map(409, #"{"message":"conflict"}"#) == .invalidRequest("conflict"))
    }

    @Test func aMultiTicket404NamesTheMissingOne() {
        let message = #"{"status":"error","message":"Ticket 6 not found."}"#
        #expect(ErrorMapping.status(404, headers: [:], body: Data(message.utf8), endpoint: .delete([5, 6])) == .notFound(6))
        #expect(ErrorMapping.status(404, headers: [:], body: Data(), endpoint: .delete([5, 6])) == .notFound(nil))
    }

    @Test func longServerMessagesAreClipped() {
        guard case .invalidRequest(let message) = map(400, #"{"message":"\#(String(repeating: "x", count: 5000))"}"#) else {
            Issue.record("expected invalidRequest")
            return
        }
        #expect(message.count == 200)
    }

    @Test func retryAfterAsHTTPDateInThePast() {
        #expect(map(429, headers: ["Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"]) == .rateLimited(retryAfter: 0))
    }
}
