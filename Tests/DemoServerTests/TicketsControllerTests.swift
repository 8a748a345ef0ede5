import Hummingbird
import Foundation
import HummingbirdTesting
import XCTest

@testable import DemoServer

final class TicketsControllerTests: XCTestCase {
    func testListUsesTheEnvelopeAndPagesNewestFirst() async throws {
        let harness = try await DeskHarness.make(tickets: 40)
        try await harness.test { client in
            var seen: [Int] = []
            var lastUpdates: [String] = []
            for start in stride(from: 0, to: 40, by: 15) {
                try await client.execute(uri: "/api/v2/ticket?itemStart=\(start)", method: .get, headers: headers()) { response in
                    XCTAssertEqual(response.status, .ok)
                    XCTAssertEqual(response.headers[.contentType], "application/json; charset=utf-8")
                    let body = try json(response)
                    XCTAssertEqual(body["type"] as? String, "list")
                    XCTAssertEqual(body["itemStart"] as? Int, start)
                    XCTAssertEqual(body["itemTotal"] as? Int, 40)
                    XCTAssertEqual(body["itemLimit"] as? Int, 15)
                    let items = try XCTUnwrap(body["items"] as? [[String: Any]])
                    XCTAssertEqual(items.count, min(15, 40 - start))
                    seen += items.compactMap { $0["id"] as? Int }
                    lastUpdates += items.compactMap { $0["last_update"] as? String }
                }
            }
            XCTAssertEqual(Set(seen).count, 40, "pages overlap or skip tickets")
            XCTAssertEqual(lastUpdates, lastUpdates.sorted(by: >), "not sorted by last_update desc")
        }
    }

    func testListFiltersByStatusQueryAndView() async throws {
        let harness = try await DeskHarness.make(tickets: 120)
        try await harness.test { client in
            try await client.execute(uri: "/api/v2/ticket?status=open&itemLimit=9999", method: .get, headers: headers()) { response in
                let items = try XCTUnwrap(try json(response)["items"] as? [[String: Any]])
                XCTAssertFalse(items.isEmpty)
                XCTAssertTrue(items.allSatisfy { $0["status"] as? String == "open" })
            }
            try await client.execute(uri: "/api/v2/ticket?applyView=4&itemLimit=9999", method: .get, headers: headers()) { response in
                let items = try XCTUnwrap(try json(response)["items"] as? [[String: Any]])
                XCTAssertFalse(items.isEmpty)
                XCTAssertTrue(items.allSatisfy { $0["assigned_group_id"] as? Int == 10002 })
                XCTAssertTrue(items.allSatisfy { ["new", "open", "pending", "holding"].contains($0["status"] as? String ?? "") })
            }
            try await client.execute(uri: "/api/v2/ticket?query=%2317", method: .get, headers: headers()) { response in
                let items = try XCTUnwrap(try json(response)["items"] as? [[String: Any]])
                XCTAssertTrue(items.allSatisfy { ($0["title"] as? String ?? "").contains("#17") })
            }
            try await client.execute(uri: "/api/v2/ticket?query=5", method: .get, headers: headers()) { response in
                let items = try XCTUnwrap(try json(response)["items"] as? [[String: Any]])
                XCTAssertTrue(items.contains { $0["id"] as? Int == 5 }, "a numeric query finds the ticket by id")
            }
            try await client.execute(uri: "/api/v2/ticket?query=%25_", method: .get, headers: headers()) { response in
                XCTAssertEqual(try json(response)["itemTotal"] as? Int, 0, "LIKE wildcards are literal")
            }
        }
    }

    func testListRejectsBadPagingAndWords() async throws {
        let harness = try await DeskHarness.make(tickets: 5)
        try await harness.test { client in
            for query in ["itemLimit=0", "itemLimit=10000", "itemLimit=abc", "itemStart=-1", "status=lost", "applyView=x"] {
                try await client.execute(uri: "/api/v2/ticket?\(query)", method: .get, headers: headers()) { response in
                    try assertError(response, .badRequest)
                }
            }
            try await client.execute(uri: "/api/v2/ticket?applyView=999", method: .get, headers: headers()) { response in
                try assertError(response, .notFound)
            }
        }
    }

    func testDetailHasTheVendorShapeAndQuirks() async throws {
        let harness = try await DeskHarness.make(tickets: 30)
        try await harness.test { client in
            try await client.execute(uri: "/api/v2/ticket/3", method: .get, headers: headers()) { response in
                let body = try json(response)
                XCTAssertEqual(body["type"] as? String, "item")
                let item = try XCTUnwrap(body["item"] as? [String: Any])
                XCTAssertEqual(item["id"] as? Int, 3)
                XCTAssertEqual(item["channel_account_id"] as? String, "0")
                XCTAssertNotNil(item["tags"] as? String)
                XCTAssertTrue(item["grade_by_customer"] is NSNull)
                XCTAssertEqual(item["show_timeline"] as? Int, 1)
                let created = try XCTUnwrap(item["created_at"] as? String)
                XCTAssertNotNil(created.range(of: #"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$"#, options: .regularExpression))
                for key in ["sla_next_breach", "sla_policy_id", "channel_name", "brand_name", "customer", "customer_channels",
                            "assign_options_groups", "assign_options_users", "timeline", "from_name", "last_update"] {
                    XCTAssertNotNil(item[key], key)
                }
                let groups = try XCTUnwrap(item["assign_options_groups"] as? [[String: Any]])
                XCTAssertEqual(groups.compactMap { $0["name"] as? String }.sorted(),
                               ["Customer Support", "Finance", "Returns", "Sales", "Technical"])
                let timeline = try XCTUnwrap(item["timeline"] as? [[String: Any]])
                XCTAssertTrue((1...6).contains(timeline.count))
                for entry in timeline {
                    let type = try XCTUnwrap(entry["type"] as? String)
                    if type == "event" {
                        XCTAssertNotNil(entry["id"] as? Int)
                        XCTAssertNotNil(entry["item_type_id"] as? String)
                    } else {
                        XCTAssertNotNil(entry["id"] as? String, "notes and messages have string ids")
                        XCTAssertNotNil(entry["meta_data"] as? String, "meta_data is a JSON string")
                        XCTAssertFalse((entry["content"] as? String ?? "").isEmpty)
                    }
                }
            }
        }
    }

    func testUnknownAndNonNumericIDsAre404WithTheErrorShape() async throws {
        let harness = try await DeskHarness.make(tickets: 5)
        try await harness.test { client in
            for path in ["/api/v2/ticket/999", "/api/v2/ticket/abc", "/api/v2/ticket/-1", "/api/v2/ticket/0", "/api/v2/nothing"] {
                try await client.execute(uri: path, method: .get, headers: headers()) { response in
                    try assertError(response, .notFound)
                }
            }
        }
    }

    func testCreateInboundLinksTheCustomerAndOutboundSwapsToAndFrom() async throws {
        let harness = try await DeskHarness.make(tickets: 5)
        try await harness.test { client in
            let (h1, b1) = multipart([
                ("brandID", "2"), ("channelID", "1"), ("direction", "inbound"), ("from", "zoë@kunde.example"),
                ("fromName", "Zoë Kunde"), ("to", "service@cafe-mueller.example"), ("title", "Neue Frage ☕"),
                ("assignedGroupID", "10002"),
            ])
            try await client.execute(uri: "/api/v2/ticket", method: .post, headers: h1, body: b1) { response in
                let item = try XCTUnwrap(try json(response)["item"] as? [String: Any])
                XCTAssertEqual(item["id"] as? Int, 6)
                XCTAssertEqual(item["title"] as? String, "Neue Frage ☕")
                XCTAssertEqual(item["status"] as? String, "new")
                XCTAssertEqual(item["assigned_group_id"] as? Int, 10002)
                let customer = try XCTUnwrap(item["customer"] as? [String: Any])
                XCTAssertEqual(customer["firstname"] as? String, "Zoë")
            }
            let (h2, b2) = multipart([
                ("brandID", "1"), ("channelID", "1"), ("direction", "outbound"), ("from", "support@nordlicht.example"),
                ("to", "kunde@example.org"), ("title", "We owe you a reply"),
            ])
            try await client.execute(uri: "/api/v2/ticket", method: .post, headers: h2, body: b2) { response in
                let item = try XCTUnwrap(try json(response)["item"] as? [String: Any])
                XCTAssertEqual(item["direction"] as? String, "outbound")
                XCTAssertEqual(item["to"] as? String, "kunde@example.org")
                let channels = try XCTUnwrap(item["customer_channels"] as? [[String: Any]])
                XCTAssertEqual(channels.first?["unique_reference"] as? String, "kunde@example.org", "the customer is `to`")
            }
        }
    }

    func testUpdateChangesTitleAndStatusAndUnknownExternalIDUnlinks() async throws {
        let harness = try await DeskHarness.make(tickets: 5)
        try await harness.test { client in
            let (h, b) = urlencoded([("title", "Nuevo título"), ("status", "solved"), ("externalPrimaryID", "no-such-crm-id")])
            try await client.execute(uri: "/api/v2/ticket/2", method: .put, headers: h, body: b) { response in
                XCTAssertEqual(try json(response)["message"] as? String, "Ticket updated.")
                XCTAssertEqual(try json(response)["type"] as? String, "result")
            }
            try await client.execute(uri: "/api/v2/ticket/2", method: .get, headers: headers()) { response in
                let item = try XCTUnwrap(try json(response)["item"] as? [String: Any])
                XCTAssertEqual(item["title"] as? String, "Nuevo título")
                XCTAssertEqual(item["status"] as? String, "solved")
                XCTAssertEqual(item["customer_id"] as? Int, 0)
                XCTAssertTrue(item["customer"] is NSNull)
                XCTAssertEqual(item["last_update"] as? String, OmnideskContract.timestamp(fixedNow))
            }
        }
    }

    func testDeleteOneAndMany() async throws {
        let harness = try await DeskHarness.make(tickets: 6)
        try await harness.test { client in
            try await client.execute(uri: "/api/v2/ticket/1", method: .delete, headers: headers()) { response in
                XCTAssertEqual(try json(response)["message"] as? String, "Ticket deleted.")
            }
            let (h, b) = urlencoded([("ticketIDs[]", "2"), ("ticketIDs[]", "3")])
            try await client.execute(uri: "/api/v2/ticket/multi", method: .delete, headers: h, body: b) { response in
                XCTAssertEqual(response.status, .ok)
            }
            try await client.execute(uri: "/api/v2/ticket?itemLimit=100", method: .get, headers: headers()) { response in
                let items = try XCTUnwrap(try json(response)["items"] as? [[String: Any]])
                XCTAssertEqual(Set(items.compactMap { $0["id"] as? Int }), [4, 5, 6])
            }
            try await client.execute(uri: "/api/v2/ticket/1", method: .get, headers: headers()) { response in
                try assertError(response, .notFound)
            }
        }
        let timelineOfDeleted = try await harness.desk.database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM timeline WHERE ticketId IN (1,2,3)")
        }
        XCTAssertEqual(timelineOfDeleted, 0, "a deleted ticket takes its timeline with it")
    }
}
