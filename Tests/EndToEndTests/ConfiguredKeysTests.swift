import Foundation
import XCTest

/// Bindings from `config.toml`, end to end: a key the user bound runs its command.
final class ConfiguredKeysTests: EndToEndTestCase {
    override var config: String? {
        """
        [keys.list]
        "x" = "set-status:closed"
        "X" = "set-status:pending"
        """
    }

    func testABoundKeyRunsItsCommandOnTheServer() async throws {
        let first = try await run.waitUntilLoaded()
        let current = try await run.api.ticket(first.id)["status"] as? String
        // Either way the change is one the server has to see.
        let (key, wanted) = current == "closed" ? ("X", "pending") : ("x", "closed")
        try run.terminal.type(key)
        try await waitForServer(ticket: first.id, "status \(wanted)") { $0["status"] as? String == wanted }
    }
}
