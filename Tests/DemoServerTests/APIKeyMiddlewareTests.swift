import Hummingbird
import HummingbirdTesting
import XCTest

@testable import DemoServer

final class APIKeyMiddlewareTests: XCTestCase {
    func testMissingAndWrongKeysAre401WithoutEchoingTheKey() async throws {
        let harness = try await DeskHarness.make(tickets: 2)
        try await harness.test { client in
            try await client.execute(uri: "/api/v2/ticket", method: .get, headers: headers(nil)) { response in
                let message = try assertError(response, .unauthorized)
                XCTAssertTrue(message.contains("apiKey"), message)
            }
            try await client.execute(uri: "/api/v2/ticket", method: .get, headers: headers("s3cret-guess-\u{1B}[2J")) { response in
                let message = try assertError(response, .unauthorized)
                XCTAssertFalse(String(buffer: response.body).contains("s3cret"), "the key must not be echoed")
                XCTAssertEqual(message, "Invalid API key.")
            }
            try await client.execute(uri: "/api/v2/ticket?apiKey=\(fullKey)", method: .get, headers: headers(nil)) { response in
                try assertError(response, .unauthorized)
            }
        }
    }

    func testReadOnlyKeyReadsButEveryWriteNamesTheMissingPermission() async throws {
        let harness = try await DeskHarness.make(tickets: 3)
        let before = try await harness.snapshot()
        try await harness.test { client in
            for uri in ["/api/v2/ticket", "/api/v2/ticket/1", "/api/v2/user", "/api/v2/view"] {
                try await client.execute(uri: uri, method: .get, headers: headers(readOnlyKey)) { response in
                    XCTAssertEqual(response.status, .ok, uri)
                }
            }
            let writes: [(String, HTTPRequest.Method, String)] = [
                ("/api/v2/ticket", .post, "TICKET_CREATE"),
                ("/api/v2/ticket/1", .put, "TICKET_UPDATE"),
                ("/api/v2/ticket/1", .delete, "TICKET_DELETE"),
                ("/api/v2/ticket/multi", .delete, "TICKET_DELETE"),
                ("/api/v2/ticket/setStatus", .post, "SET_STATUS"),
                ("/api/v2/ticket/setPriority", .post, "TICKET_UPDATE"),
                ("/api/v2/ticket/batch", .post, "TICKET_BATCH"),
                ("/api/v2/ticket/unlinkCustomerFromTicket", .post, "TICKET_UPDATE"),
                ("/api/v2/message", .post, "MESSAGE_CREATE"),
                ("/_desksim/faults", .post, "DESKSIM_ADMIN"),
            ]
            for (uri, method, permission) in writes {
                var (h, b) = multipart([("ticketIDs[]", "1"), ("status", "closed")])
                h[apiKeyField] = readOnlyKey
                try await client.execute(uri: uri, method: method, headers: h, body: b) { response in
                    XCTAssertEqual(try assertError(response, .forbidden), "Missing permission: \(permission)", uri)
                }
            }
        }
        let after = try await harness.snapshot()
        XCTAssertEqual(before, after)
    }
}
