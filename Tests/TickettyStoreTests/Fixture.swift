import Foundation
import TickettyCore
@testable import TickettyStore

/// Tickets and states the reducer tests start from.
enum Fixture {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let firstPage = TicketQuery(start: 0, limit: 500)

    static let finance = AgentGroup(id: 10, name: "Finance")
    static let support = AgentGroup(id: 11, name: "Support")
    static let jose = Agent(id: 20, name: "José Álvarez")
    static let mei = Agent(id: 21, name: "Mei Ling")

    /// A ticket updated `minutesAgo` before ``now``.
    static func ticket(
        _ id: TicketID, _ title: String = "Printer on fire", minutesAgo: Double = 0,
        status: TicketStatus = .open, priority: TicketPriority = .medium,
        customer: String = "Anna Berg", tags: [String] = []
    ) -> Ticket {
        Ticket(
            id: id, title: title, status: status, priority: priority, customerName: customer,
            customerAddress: "\(customer.split(separator: " ").first ?? "x")@example.com".lowercased(),
            tags: tags, createdAt: now.addingTimeInterval(-86_400),
            lastUpdate: now.addingTimeInterval(-minutesAgo * 60))
    }

    /// Tickets 1…count, ticket 1 the most recently updated.
    static func tickets(_ count: Int) -> [Ticket] {
        (1...count).map { ticket(TicketID($0), "Ticket \($0)", minutesAgo: Double($0)) }
    }

    /// A state that has loaded `tickets` in one page, with the cursor on the first row.
    static func loaded(_ tickets: [Ticket]) -> State {
        var state = State(accountName: "DEMO", now: now)
        _ = reduce(into: &state, action: .started)
        _ = reduce(into: &state, action: .ticketsLoaded(TicketPage(tickets: tickets, start: 0, total: tickets.count), firstPage))
        return state
    }

    /// A loaded state with `id` open in the timeline (its detail loaded).
    static func opened(_ tickets: [Ticket], _ id: TicketID, groups: [AgentGroup] = [], agents: [Agent] = []) -> State {
        var state = loaded(tickets)
        state.selectedTicketID = id
        _ = reduce(into: &state, action: .command(.openSelected))
        let ticket = tickets.first { $0.id == id }!
        let detail = TicketDetail(ticket: ticket, timeline: [], assignableGroups: groups, assignableAgents: agents)
        _ = reduce(into: &state, action: .ticketLoaded(detail))
        return state
    }
}

extension State {
    /// Sends actions and returns every effect, for steps whose exact effects a test ignores.
    @discardableResult
    mutating func send(_ actions: Action...) -> [Effect] {
        actions.flatMap { reduce(into: &self, action: $0) }
    }

    /// The titles of the visible list, top to bottom.
    var visibleIDs: [Int] { visibleTicketIDs.map(\.rawValue) }
}
