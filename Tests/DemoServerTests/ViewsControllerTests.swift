import Hummingbird
import HummingbirdTesting
import XCTest

@testable import DemoServer

final class ViewsControllerTests: XCTestCase {
    func testListsViewsWhoseIDsFilterTheIndex() async throws {
        let harness = try await DeskHarness.make(tickets: 60)
        try await harness.test { client in
            let views = try await client.execute(uri: "/api/v2/view", method: .get, headers: headers()) { response in
                try json(response)["items"] as? [[String: Any]] ?? []
            }
            XCTAssertGreaterThanOrEqual(views.count, 5)
            let unassigned = try XCTUnwrap(views.first { $0["name"] as? String == "Unassigned" }?["id"] as? Int)
            try await client.execute(uri: "/api/v2/ticket?applyView=\(unassigned)&itemLimit=9999", method: .get, headers: headers()) { response in
                let items = try json(response)["items"] as? [[String: Any]] ?? []
                XCTAssertFalse(items.isEmpty)
                XCTAssertTrue(items.allSatisfy { $0["assigned_user_id"] as? Int == 0 })
            }
        }
    }
}
