import Foundation
import XCTest

/// A triage session against a flaky desk: 30% of requests fail and 10% are rate limited.
/// Every action shows at once, the cursor keeps moving, and once the desk recovers each action
/// has reached it exactly once.
final class SoakTests: EndToEndTestCase {
    private enum Step {
        case status, priority, assign, reply, note
    }

    /// What the server must end up with for one ticket.
    private struct Expected {
        var status: String?
        var priority: String?
        var groupID: Int?
        var reply: String?
        var note: String?
    }

    /// How long the screen may take to show a key's effect: "at once", with room for a busy CI.
    private let promptly: Double = 3

    func testEveryActionLandsOnceWhileTheServerFailsAndTheScreenKeepsUp() async throws {
        try await run.waitUntilLoaded()
        // What the tickets are now, read before the faults start (they hit these reads too).
        var known: [Int: [String: Any]] = [:]
        for item in try await run.api.tickets(limit: 30) {
            if let id = item["id"] as? Int { known[id] = item }
        }
        let first = try XCTUnwrap(known.keys.first)
        let groups = (try await run.api.ticket(first)["assign_options_groups"] as? [[String: Any]] ?? [])
            .compactMap { group -> (id: Int, name: String)? in
                guard let id = group["id"] as? Int, let name = group["name"] as? String else { return nil }
                return (id, name)
            }
        let someGroup = try XCTUnwrap(groups.first, "the desk has no groups to assign to")
        // Groups come only with a ticket's detail: let the picker fetch them once while the desk
        // is well. (Opened first under failures, a failed fetch leaves it empty for good.)
        try run.terminal.press("a")
        try run.terminal.type(someGroup.name)
        try await waitForPickerToOffer(someGroup.name, timeout: promptly)
        try run.terminal.press("Escape")
        try await run.terminal.waitUntil("the picker closes") { !$0.contains("─ Assign to") }

        try await run.api.setFaults(failureRate: 0.3, rateLimitRate: 0.1, retryAfter: 1)
        let steps: [Step] = [.status, .priority, .reply, .assign, .note, .status, .priority, .reply, .note, .status]
        var expected: [Int: Expected] = [:]
        for (number, step) in steps.enumerated() {
            let id = try await selectedTicketID()
            let current = try XCTUnwrap(known[id], "ticket \(id) was not among the first listed")
            var wanted = expected[id] ?? Expected()
            switch step {
            case .status:
                let now = current["status"] as? String
                let status = now == "pending" ? "solved" : "pending"
                try run.terminal.press("s", String(status.prefix(1)))
                try await waitForRow(of: id, toShow: status.capitalized, timeout: promptly)
                wanted.status = status
            case .priority:
                let (key, priority) = current["priority"] as? String == "urgent" ? ("l", "low") : ("u", "urgent")
                try run.terminal.press("p", key)
                try await waitForRow(of: id, toShow: priority.capitalized, timeout: promptly)
                wanted.priority = priority
            case .assign:
                let group = groups.first { $0.id != current["assigned_group_id"] as? Int } ?? groups[0]
                try run.terminal.press("a")
                try run.terminal.type(group.name)
                try await waitForPickerToOffer(group.name, timeout: promptly)
                try run.terminal.press("Enter")
                try await run.terminal.waitUntil("the picker closes", timeout: promptly) { !$0.contains("─ Assign to") }
                wanted.groupID = group.id
            case .reply, .note:
                let text = "soak \(step == .reply ? "reply" : "note") \(number) on \(id)"
                try run.terminal.press(step == .reply ? "r" : "n")
                try run.terminal.type(text)
                try await run.terminal.waitFor(text, timeout: promptly)
                try run.terminal.press("C-s")
                try await run.terminal.waitUntil("the compose pane closes", timeout: promptly) { !$0.contains(text) }
                if step == .reply { wanted.reply = text } else { wanted.note = text }
            }
            expected[id] = wanted
            // The list still answers at once, whatever the writes are going through.
            try run.terminal.press("j")
            let deadline = Date().addingTimeInterval(promptly)
            while try await selectedTicketID() == id {
                guard Date() < deadline else { return XCTFail("the cursor did not move within \(promptly) s") }
                try await Task.sleep(for: .milliseconds(50))
            }
        }

        try await run.api.clearFaults()
        try await waitUntilNothingPending(timeout: 60)
        for (id, wanted) in expected {
            let ticket = try await run.api.ticket(id)
            if let status = wanted.status { XCTAssertEqual(ticket["status"] as? String, status, "status of \(id)") }
            if let priority = wanted.priority { XCTAssertEqual(ticket["priority"] as? String, priority, "priority of \(id)") }
            if let group = wanted.groupID { XCTAssertEqual(ticket["assigned_group_id"] as? Int, group, "group of \(id)") }
            if let reply = wanted.reply {
                XCTAssertEqual(Self.count("message", containing: reply, in: ticket), 1, "\"\(reply)\" on the server")
            }
            if let note = wanted.note {
                XCTAssertEqual(Self.count("note", containing: note, in: ticket), 1, "\"\(note)\" on the server")
            }
        }
    }

    /// The ticket under the list's cursor, from the row drawn in the selection's colours.
    private func selectedTicketID() async throws -> Int {
        let deadline = Date().addingTimeInterval(promptly)
        while true {
            if let id = try run.selectedListTicketID() { return id }
            guard Date() < deadline else { throw HarnessError("no list row is selected:\n\(try run.terminal.capture())") }
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}
