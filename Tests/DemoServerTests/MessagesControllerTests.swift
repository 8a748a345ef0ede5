import Hummingbird
import HummingbirdTesting
import XCTest

@testable import DemoServer

final class MessagesControllerTests: XCTestCase {
    func testReplyAndNoteAppearOnTheTimeline() async throws {
        let harness = try await DeskHarness.make(tickets: 3)
        try await harness.test { client in
            let (h, b) = multipart([
                ("ticketID", "1"), ("type", "1"), ("message", "<p>Hallo — wir kümmern uns 🙂</p>"),
                ("plaintext", "Hallo"), ("toAddress", "kunde@example.org"), ("ccInput", "a@x.example, b@x.example"),
                ("userID", "2"),
            ])
            try await client.execute(uri: "/api/v2/message", method: .post, headers: h, body: b) { response in
                let item = try XCTUnwrap(try json(response)["item"] as? [String: Any])
                XCTAssertEqual(item["type"] as? String, "message")
                XCTAssertEqual(item["user_name"] as? String, "Łukasz Kowalczyk")
                XCTAssertEqual(item["to"] as? String, "kunde@example.org")
                XCTAssertTrue((item["meta_data"] as? String ?? "").contains("b@x.example"))
            }
            let (h2, b2) = multipart([("ticketID", "1"), ("type", "0"), ("message", "Internal: call back tomorrow")])
            try await client.execute(uri: "/api/v2/message", method: .post, headers: h2, body: b2) { response in
                let item = try XCTUnwrap(try json(response)["item"] as? [String: Any])
                XCTAssertEqual(item["type"] as? String, "note")
                XCTAssertEqual(item["channel_id"] as? Int, 0)
                XCTAssertTrue(item["to"] is NSNull)
            }
            try await client.execute(uri: "/api/v2/ticket/1", method: .get, headers: headers()) { response in
                let item = try XCTUnwrap(try json(response)["item"] as? [String: Any])
                let timeline = try XCTUnwrap(item["timeline"] as? [[String: Any]])
                XCTAssertEqual(timeline.suffix(2).compactMap { $0["type"] as? String }, ["message", "note"])
                XCTAssertEqual(timeline.last?["content"] as? String, "Internal: call back tomorrow")
                XCTAssertEqual(item["last_update"] as? String, OmnideskContract.timestamp(fixedNow))
            }
        }
    }
}
