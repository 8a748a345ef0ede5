import Foundation
import XCTest

/// The assign picker, opened before any ticket detail has brought the groups, fetches them; a
/// passing failure of that fetch must not leave it silently empty.
final class AssignPickerFaultTests: EndToEndTestCase {
    func testAFailedGroupFetchIsRetriedOrReported() async throws {
        let first = try await run.waitUntilLoaded()
        let groups = try await run.api.ticket(first.id)["assign_options_groups"] as? [[String: Any]] ?? []
        let name = try XCTUnwrap(groups.first?["name"] as? String)
        let fetchesBefore = run.desk.requestCount("GET", "/api/v2/ticket/\(first.id)")

        try await run.api.setFaultMode("error500")
        try run.terminal.press("a")
        try await waitUntil("the picker asks for the ticket's groups") {
            self.run.desk.requestCount("GET", "/api/v2/ticket/\(first.id)") > fetchesBefore
        }
        try await run.api.clearFaults()
        try run.terminal.type(name)
        // Either the picker tries again and offers the group, or the agent is told it failed;
        // "No group or agent matches" with no word of the failure is neither.
        try await run.terminal.waitUntil("the picker offers \(name) or the failure is reported") { screen in
            screen.components(separatedBy: name).count > 2 || Self.statusLine(of: screen).contains("500")
        }
    }
}
