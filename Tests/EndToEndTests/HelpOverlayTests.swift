import Foundation
import XCTest

/// The `?` overlay, end to end: it lists the keys with what they do, narrows as the agent
/// types, and Enter runs the chosen action as its key would.
final class HelpOverlayTests: EndToEndTestCase {
    func testHelpListsNarrowsAndRunsTheChosenAction() async throws {
        let first = try await run.waitUntilLoaded()

        try run.terminal.press("?")
        try await run.terminal.waitUntil("the help lists keys with descriptions") { screen in
            screen.contains("Keys: list") && screen.contains("Set status…") && screen.contains("Reply to the customer")
        }

        try run.terminal.type("priority")
        try await run.terminal.waitUntil("only the priority entry is left") { screen in
            screen.contains("Set priority…") && !screen.contains("Set status…") && !screen.contains("Reply to the customer")
        }

        // Enter runs "Set priority…": the priority menu opens, and its keys work as after `p`.
        try run.terminal.press("Enter")
        try await run.terminal.waitUntil("the priority menu is open") { screen in
            !screen.contains("Keys: list") && screen.contains("─ Priority ─") && screen.contains("u  Urgent")
        }
        let current = try await run.api.ticket(first.id)["priority"] as? String
        let (key, wanted) = current == "urgent" ? ("l", "low") : ("u", "urgent")
        try run.terminal.press(key)
        try await waitForServer(ticket: first.id, "priority \(wanted)") { $0["priority"] as? String == wanted }
    }
}
