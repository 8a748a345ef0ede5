import Hummingbird
import HummingbirdTesting
import XCTest

@testable import DemoServer

final class TicketActionsControllerTests: XCTestCase {
    private static func item(_ client: any TestClientProtocol, _ id: Int) async throws -> [String: Any] {
        try await client.execute(uri: "/api/v2/ticket/\(id)", method: .get, headers: headers()) { response in
            try XCTUnwrap(try json(response)["item"] as? [String: Any])
        }
    }

    func testSetStatusOnSeveralTicketsLeavesAnEvent() async throws {
        let harness = try await DeskHarness.make(tickets: 8)
        try await harness.test { client in
            let (h, b) = multipart([("ticketIDs[]", "1"), ("ticketIDs[]", "2"), ("status", "closed")])
            try await client.execute(uri: "/api/v2/ticket/setStatus", method: .post, headers: h, body: b) { response in
                let body = try json(response)
                XCTAssertEqual(body["type"] as? String, "result")
                XCTAssertEqual(body["message"] as? String, "Ticket status is updated.")
            }
            for id in [1, 2] {
                let item = try await Self.item(client, id)
                XCTAssertEqual(item["status"] as? String, "closed")
                XCTAssertEqual(item["closed_at"] as? String, OmnideskContract.timestamp(fixedNow))
            }
        }
    }

    func testLowercasePathVariantsWork() async throws {
        let harness = try await DeskHarness.make(tickets: 3)
        try await harness.test { client in
            let (h, b) = multipart([("ticketIDs[]", "3"), ("priority", "urgent")])
            try await client.execute(uri: "/api/v2/ticket/setpriority", method: .post, headers: h, body: b) { response in
                XCTAssertEqual(try json(response)["message"] as? String, "Ticket priority is updated.")
            }
            let (h2, b2) = multipart([("ticketIDs[]", "3"), ("status", "holding")])
            try await client.execute(uri: "/api/v2/ticket/setstatus", method: .post, headers: h2, body: b2) { response in
                XCTAssertEqual(response.status, .ok)
            }
            let item = try await Self.item(client, 3)
            XCTAssertEqual(item["priority"] as? String, "urgent")
            XCTAssertEqual(item["status"] as? String, "holding")
        }
    }

    func testUnlinkCustomer() async throws {
        let harness = try await DeskHarness.make(tickets: 3)
        try await harness.test { client in
            let (h, b) = multipart([("ticketID", "2")])
            try await client.execute(uri: "/api/v2/ticket/unlinkCustomerFromTicket", method: .post, headers: h, body: b) { response in
                XCTAssertEqual(response.status, .ok)
            }
            let item = try await Self.item(client, 2)
            XCTAssertTrue(item["customer"] is NSNull)
            XCTAssertEqual((item["customer_channels"] as? [Any])?.count, 0)
        }
    }

    func testBatchAssignsAndTags() async throws {
        let harness = try await DeskHarness.make(tickets: 5)
        try await harness.test { client in
            let (h, b) = multipart([
                ("TicketIDs", "1, 2,3"),
                ("actions[0][actionType]", "assignGroup"), ("actions[0][value]", "10003"),
                ("actions[1][actionType]", "assignUser"), ("actions[1][value]", "3"),
                ("actions[2][actionType]", "addTag"), ("actions[2][value]", "vip"),
                ("actions[3][actionType]", "addTag"), ("actions[3][value]", "日本語"),
            ])
            try await client.execute(uri: "/api/v2/ticket/batch", method: .post, headers: h, body: b) { response in
                XCTAssertEqual(try json(response)["type"] as? String, "result")
            }
            for id in 1...3 {
                let item = try await Self.item(client, id)
                XCTAssertEqual(item["assigned_group_id"] as? Int, 10003)
                XCTAssertEqual(item["assigned_user_id"] as? Int, 3)
                let tags = OmnideskContract.decodeTags(item["tags"] as? String ?? "")
                XCTAssertTrue(tags.contains("vip") && tags.contains("日本語"), "\(tags)")
                let timeline = item["timeline"] as? [[String: Any]] ?? []
                XCTAssertTrue(timeline.contains { $0["description"] as? String == "Assigned to 田中 花子" })
            }
            let (h2, b2) = multipart([("TicketIDs", "1"), ("actions[0][actionType]", "removeTag"), ("actions[0][value]", "vip")])
            try await client.execute(uri: "/api/v2/ticket/batch", method: .post, headers: h2, body: b2) { response in
                XCTAssertEqual(response.status, .ok)
            }
            let tags = OmnideskContract.decodeTags(try await Self.item(client, 1)["tags"] as? String ?? "")
            XCTAssertFalse(tags.contains("vip"))
        }
    }
}
