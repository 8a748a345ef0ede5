import Hummingbird
import HummingbirdTesting
import XCTest

@testable import DemoServer

final class UsersControllerTests: XCTestCase {
    func testListsAgentsWithNonASCIINamesAndFilters() async throws {
        let harness = try await DeskHarness.make(tickets: 1)
        try await harness.test { client in
            try await client.execute(uri: "/api/v2/user", method: .get, headers: headers()) { response in
                let body = try json(response)
                XCTAssertEqual(body["type"] as? String, "list")
                XCTAssertEqual(body["itemTotal"] as? Int, 8)
                let names = (body["items"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                XCTAssertTrue(names.contains("Zoë Ångström") && names.contains("田中 花子"), "\(names)")
            }
            try await client.execute(uri: "/api/v2/user?activeOnly=1&itemLimit=3&itemStart=1", method: .get, headers: headers()) { response in
                let body = try json(response)
                XCTAssertEqual(body["itemTotal"] as? Int, 7)
                XCTAssertEqual((body["items"] as? [[String: Any]])?.compactMap { $0["id"] as? Int }, [2, 3, 4])
            }
            try await client.execute(uri: "/api/v2/user?query=%C5%81UKASZ", method: .get, headers: headers()) { response in
                let items = try json(response)["items"] as? [[String: Any]] ?? []
                XCTAssertEqual(items.compactMap { $0["id"] as? Int }, [2])
            }
        }
    }
}
