import Foundation
import XCTest

/// The everyday work, end to end: keys in a real terminal, changes checked on the server.
final class TicketWorkflowTests: EndToEndTestCase {
    func testOpeningATicketShowsItsText() async throws {
        let first = try await run.waitUntilLoaded()
        let detail = try await run.api.ticket(first.id)
        let fragments = Self.timeline(detail).compactMap { $0["content"] as? String }.compactMap(Self.openingWords)
        XCTAssertFalse(fragments.isEmpty, "the ticket has no message text to look for")

        try run.terminal.press("Enter")
        try await run.terminal.waitUntil("the timeline shows one of \(fragments)") { screen in
            fragments.contains { screen.contains($0) }
        }
    }

    func testStatusMenuChangesTheStatusOnTheServer() async throws {
        try await assertMenu("s", sets: "status", to: ("o", "open"), orIfAlreadySo: ("p", "pending"))
    }

    func testPriorityMenuChangesThePriorityOnTheServer() async throws {
        try await assertMenu("p", sets: "priority", to: ("h", "high"), orIfAlreadySo: ("l", "low"))
    }

    func testAssigningToAGroupThroughThePickerReachesTheServer() async throws {
        let first = try await run.waitUntilLoaded()
        let detail = try await run.api.ticket(first.id)
        let current = detail["assigned_group_id"] as? Int
        let groups = (detail["assign_options_groups"] as? [[String: Any]] ?? []).compactMap { group -> (Int, String)? in
            guard let id = group["id"] as? Int, let name = group["name"] as? String, id != current else { return nil }
            return (id, name)
        }
        let (groupID, groupName) = try XCTUnwrap(groups.first, "the desk has no other group to assign to")

        // Straight from the list: no ticket has been opened, so the picker has to fetch the
        // groups (they come only with a ticket's detail) before they can be typed for.
        try run.terminal.press("a")
        try run.terminal.type(groupName)
        try await waitForPickerToOffer(groupName)
        try run.terminal.press("Enter")
        try await waitForServer(ticket: first.id, "group \(groupName)") { $0["assigned_group_id"] as? Int == groupID }
    }

    func testReplyTypedAndSentWithCtrlSReachesTheTimeline() async throws {
        try await assertCompose("r", sends: "Thanks for waiting, fixed in build 4711", marker: "build 4711", as: "message")
    }

    func testNoteTypedAndSentWithCtrlSIsANoteOnTheServer() async throws {
        try await assertCompose("n", sends: "Internal: customer called twice, note 5150", marker: "note 5150", as: "note")
    }

    /// Opens the first ticket, starts compose with `key`, types `text`, sends it with Ctrl-S,
    /// and waits for a timeline entry of `type` holding `marker` on the server.
    private func assertCompose(_ key: String, sends text: String, marker: String, as type: String) async throws {
        let first = try await run.waitUntilLoaded()

        try run.terminal.press("Enter")
        try run.terminal.press(key)
        try run.terminal.type(text)
        try await run.terminal.waitFor(marker)
        try run.terminal.press("C-s")
        try await waitForServer(ticket: first.id, "the \(type)") { ticket in
            Self.timeline(ticket).contains { entry in
                entry["type"] as? String == type && (entry["content"] as? String ?? "").contains(marker)
            }
        }
    }

    /// Opens menu `menu` on the first ticket and picks `choice`, or `fallback` when the ticket
    /// already has that value; then waits for the server to have it.
    private func assertMenu(
        _ menu: String, sets field: String, to choice: (key: String, value: String),
        orIfAlreadySo fallback: (key: String, value: String)
    ) async throws {
        let first = try await run.waitUntilLoaded()
        let current = try await run.api.ticket(first.id)[field] as? String
        let (key, wanted) = current == choice.value ? fallback : choice

        try run.terminal.press(menu)
        try run.terminal.press(key)
        try await waitForServer(ticket: first.id, "\(field) \(wanted)") { $0[field] as? String == wanted }
    }

    /// The first few plain words of an HTML message: what the timeline must show.
    private static func openingWords(_ html: String) -> String? {
        let text = html.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        let words = text.split(whereSeparator: \.isWhitespace).prefix { word in
            word.allSatisfy { $0.isLetter || $0 == "," }
        }.prefix(3)
        let fragment = words.joined(separator: " ")
        return fragment.count >= 8 ? fragment : nil
    }
}
