import Foundation
import XCTest

/// The `:` command line, end to end: typed in a real terminal, checked on the server.
final class CommandLineTests: EndToEndTestCase {
    func testTypedStatusCommandReachesTheServer() async throws {
        let first = try await run.waitUntilLoaded()
        let current = try await run.api.ticket(first.id)["status"] as? String
        let wanted = current == "closed" ? "pending" : "closed"

        try run.terminal.type(":")
        // Tab completes "sta" as far as "status" and "status-menu" agree; a second Tab takes
        // the whole word and moves on to its argument.
        try run.terminal.type("sta")
        try run.terminal.press("Tab")
        try await run.terminal.waitFor(":status▏  status  status-menu")
        try run.terminal.press("Tab")
        try await run.terminal.waitFor(":status ▏")
        try run.terminal.type(wanted)
        try run.terminal.press("Enter")
        try await waitForServer(ticket: first.id, "status \(wanted)") { $0["status"] as? String == wanted }
    }

    func testUnknownCommandIsReportedInTheStatusLine() async throws {
        _ = try await run.waitUntilLoaded()
        try run.terminal.type(":")
        try run.terminal.type("frobnicate")
        try run.terminal.press("Enter")
        try await run.terminal.waitFor("Unknown command: frobnicate")
    }
}
