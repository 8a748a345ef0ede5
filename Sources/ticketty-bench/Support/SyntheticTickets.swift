import Foundation
import TickettyCore

/// A reproducible helpdesk of any size: titles, customers (some with accents), statuses,
/// priorities, groups, agents, tags and SLA times drawn from small word lists.
enum SyntheticTickets {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    private static let subjects = [
        "Refund", "Invoice", "Login", "Password reset", "Shipping delay", "Broken printer", "Order",
        "Subscription", "Account locked", "Payment failed", "Delivery address", "Warranty claim",
        "Missing item", "Upgrade", "Cancellation", "Export to CSV", "Two-factor code", "Billing",
    ]
    private static let details = [
        "for order", "not received", "still waiting", "urgent please", "question about", "again",
        "after update", "on mobile", "since Monday", "from the web shop", "in the app", "help needed",
    ]
    private static let firstNames = [
        "Anna", "José", "Mei", "Olaf", "Zoë", "Søren", "Priya", "Kwame", "Łucja", "Ahmed", "Emma",
        "Noah", "Chloé", "Liam", "Åsa", "Mateo", "Yuki", "Fatima", "Ivan", "Grace",
    ]
    private static let lastNames = [
        "Berg", "Álvarez", "Ling", "Hansen", "Müller", "Okafor", "Nowak", "Smith", "Dubois", "Rossi",
        "Tanaka", "Khan", "Petrov", "Brown", "García", "Nielsen",
    ]
    private static let groups = ["Finance", "Support", "Sales", "Logistics", "Technical"].enumerated().map {
        AgentGroup(id: 10 + $0.offset, name: $0.element)
    }
    private static let agents = (0..<20).map { Agent(id: 100 + $0, name: "\(firstNames[$0]) Agent") }
    private static let tags = ["billing", "vip", "spam", "bug", "feature", "refund", "eu", "us"]

    /// `count` tickets with ids 1…count, updated one minute apart (ticket 1 the latest).
    static func make(_ count: Int) -> [Ticket] {
        var random = SplitMix(seed: 42)
        return (1...count).map { index in
            let first = firstNames[random.below(firstNames.count)]
            let last = lastNames[random.below(lastNames.count)]
            let title = "\(subjects[random.below(subjects.count)]) \(details[random.below(details.count)]) \(random.below(100_000))"
            let assigned = random.below(4)
            return Ticket(
                id: TicketID(index), title: title,
                status: TicketStatus.allCases[random.below(TicketStatus.allCases.count)],
                priority: TicketPriority.allCases[random.below(TicketPriority.allCases.count)],
                customerName: "\(first) \(last)",
                customerAddress: "\(first.lowercased()).\(last.lowercased())\(random.below(1000))@example.com",
                assignedGroup: assigned > 0 ? groups[random.below(groups.count)] : nil,
                assignedAgent: assigned > 1 ? agents[random.below(agents.count)] : nil,
                tags: (0..<random.below(3)).map { _ in tags[random.below(tags.count)] },
                createdAt: now.addingTimeInterval(-Double(index) * 120),
                lastUpdate: now.addingTimeInterval(-Double(index) * 60),
                slaNextBreach: random.below(3) == 0 ? now.addingTimeInterval(Double(random.below(7200)) - 3600) : nil)
        }
    }

    /// A tiny deterministic generator (SplitMix64), so every run benchmarks the same desk.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }
}
