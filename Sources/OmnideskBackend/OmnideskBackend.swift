import AsyncHTTPClient
import Foundation
import Logging
import TickettyCore

/// The Omnidesk v2 API as a ``HelpdeskBackend``.
///
/// ```swift
/// let configuration = try OmnideskConfiguration(
///     accountURL: "https://mybrand.omnidesk.com", apiKey: key, timeZone: TimeZone(identifier: "Europe/Amsterdam")!)
/// let backend = OmnideskBackend(configuration: configuration)
/// let page = try await backend.listTickets(TicketQuery(limit: 50))
/// try await backend.setStatus(.solved, of: page.tickets.map(\.id))
/// ```
///
/// Every method either returns or throws a ``BackendError`` within the configured timeout; the
/// backend never retries on its own.
public final class OmnideskBackend: HelpdeskBackend {
    public let accountName: String
    private let http: OmnideskHTTP
    private let timestamps: OmnideskTimestamp
    private let names = NameDirectory()

    /// - Parameters:
    ///   - configuration: The account and key.
    ///   - httpClient: A client to share; by default one that never follows redirects (so the
    ///     key cannot be carried to another host) and lives for the whole process.
    public init(configuration: OmnideskConfiguration, httpClient: HTTPClient? = nil) {
        accountName = configuration.accountName
        http = OmnideskHTTP(
            client: httpClient ?? OmnideskHTTP.defaultClient, configuration: configuration,
            logger: Logger(label: "ticketty.omnidesk"))
        timestamps = OmnideskTimestamp(timeZone: configuration.timeZone)
    }

    public func listTickets(_ query: TicketQuery) async throws(BackendError) -> TicketPage {
        let page = try Envelope.list(try await http.send(.listTickets(query)), of: TicketDTO.self)
        await learnAgentNamesIfNeeded(for: page.items)
        await learnGroupNamesIfNeeded(for: page.items)
        let mapping = await mapping()
        let tickets = page.items.compactMap(mapping.ticket)
        if tickets.count < page.count {
            http.logger.debug("skipped unreadable tickets", metadata: ["count": "\(page.count - tickets.count)"])
        }
        let start = page.start ?? query.start
        return TicketPage(tickets: tickets, start: start, total: page.total ?? start + page.count)
    }

    public func ticket(_ id: TicketID) async throws(BackendError) -> TicketDetail {
        guard let dto = try Envelope.item(try await http.send(.ticket(id)), as: TicketDTO.self) else {
            throw .invalidResponse("ticket \(id) came without a usable id")
        }
        let groups = DomainMapping.groups(dto.assignOptionsGroups)
        let agents = DomainMapping.agents(dto.assignOptionsUsers)
        await names.learnGroups(groups)
        await names.learnAgents(agents)
        let mapping = await mapping()
        guard let ticket = mapping.ticket(dto) else {
            throw .invalidResponse("ticket \(id) has no known status")
        }
        return TicketDetail(
            ticket: ticket, timeline: mapping.timeline(dto.timeline, of: ticket), assignableGroups: groups,
            assignableAgents: agents)
    }

    public func setStatus(_ status: TicketStatus, of ids: [TicketID]) async throws(BackendError) {
        guard !ids.isEmpty else { return }
        try Envelope.write(try await http.send(.setStatus(status, of: ids)))
    }

    public func setPriority(_ priority: TicketPriority, of ids: [TicketID]) async throws(BackendError) {
        guard !ids.isEmpty else { return }
        try Envelope.write(try await http.send(.setPriority(priority, of: ids)))
    }

    public func assign(_ ids: [TicketID], to assignee: Assignee) async throws(BackendError) {
        guard !ids.isEmpty else { return }
        let action: OmnideskEndpoint.BatchAction =
            switch assignee {
            case .group(let group): .assignGroup(group.id)
            case .agent(let agent): .assignUser(agent.id)
            }
        try Envelope.write(try await http.send(.batch(ids, [action])))
    }

    public func updateTags(of ids: [TicketID], adding: [String], removing: [String]) async throws(BackendError) {
        let added = try Self.cleanTags(adding)
        let removed = try Self.cleanTags(removing)
        guard !ids.isEmpty, !(added.isEmpty && removed.isEmpty) else { return }
        let actions = added.map(OmnideskEndpoint.BatchAction.addTag) + removed.map(OmnideskEndpoint.BatchAction.removeTag)
        try Envelope.write(try await http.send(.batch(ids, actions)))
    }

    public func setTitle(_ title: String, of id: TicketID) async throws(BackendError) {
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .invalidRequest("a title cannot be empty") }
        try Envelope.write(try await http.send(.setTitle(trimmed, of: id)))
    }

    public func post(_ message: OutgoingMessage, on ticket: Ticket) async throws(BackendError) {
        let body = try MessageBody(message.text)
        let endpoint: OmnideskEndpoint
        switch message.kind {
        case .reply:
            guard !ticket.customerAddress.isEmpty else {
                throw .invalidRequest("ticket \(ticket.id) has no customer address to reply to")
            }
            endpoint = .postMessage(
                ticket: ticket.id, channelID: ticket.channelID, html: body.html, plaintext: body.plaintext,
                toAddress: ticket.customerAddress)
        case .note:
            endpoint = .postMessage(
                ticket: ticket.id, channelID: OmnideskEndpoint.noteMessageType, html: body.html,
                plaintext: body.plaintext, toAddress: nil)
        }
        try Envelope.write(try await http.send(endpoint))
    }

    public func createTicket(_ ticket: NewTicket) async throws(BackendError) -> Ticket {
        guard let dto = try Envelope.item(try await http.send(.createTicket(ticket)), as: TicketDTO.self) else {
            throw .invalidResponse("the new ticket came without a usable id")
        }
        if let created = await mapping().ticket(dto) { return created }
        // The vendor documents a sparse answer ({"id": ..., ...}); the full ticket is one read away.
        return try await self.ticket(TicketID(dto.id)).ticket
    }

    public func deleteTickets(_ ids: [TicketID]) async throws(BackendError) {
        guard !ids.isEmpty else { return }
        try Envelope.write(try await http.send(.delete(ids)))
    }

    public func unlinkCustomer(from id: TicketID) async throws(BackendError) {
        try Envelope.write(try await http.send(.unlinkCustomer(from: id)))
    }

    public func agents() async throws(BackendError) -> [Agent] {
        var agents: [Agent] = []
        var seen: Set<Int> = []
        var start = 0
        // Bounded, and stopped by a page without new agents, so a server that ignores
        // itemStart cannot keep us looping.
        for _ in 0..<100 {
            let data = try await http.send(.users(start: start, limit: OmnideskEndpoint.userPageSize))
            let page = try Envelope.list(data, of: UserDTO.self)
            let fresh = page.items.map(DomainMapping.agent).filter { seen.insert($0.id).inserted }
            agents += fresh
            start = (page.start ?? start) + page.count
            if page.count == 0 || (fresh.isEmpty && !page.items.isEmpty) || start >= (page.total ?? 0) { break }
        }
        await names.learnAgents(agents)
        await names.markAskedForAgents()
        return agents
    }

    public func views() async throws(BackendError) -> [SavedView] {
        var views: [SavedView] = []
        var seen: Set<Int> = []
        var start = 0
        // Bounded and stopped by a page without new views, like `agents()`.
        for _ in 0..<20 {
            let data = try await http.send(.views(start: start, limit: OmnideskEndpoint.viewPageSize))
            let page = try Envelope.list(data, of: NamedOptionDTO.self)
            let fresh = page.items.map(DomainMapping.view).filter { seen.insert($0.id).inserted }
            views += fresh
            start = (page.start ?? start) + page.count
            if page.count == 0 || (fresh.isEmpty && !page.items.isEmpty) || start >= (page.total ?? 0) { break }
        }
        return views
    }

    // MARK: - Helpers

    private func mapping() async -> DomainMapping {
        DomainMapping(timestamps: timestamps, names: await names.snapshot())
    }

    /// The index gives only agent ids; ask `GET /user` once for names when one is unknown.
    /// Best effort: a key without USER_READ still lists tickets, with "Agent 254" as the name.
    /// Omnidesk has no group index: the names come with a ticket's `assign_options_groups`.
    /// The first page that shows an unknown group fetches one such ticket, once, so the list
    /// says "Finance" rather than "Group 10002" from the start.
    private func learnGroupNamesIfNeeded(for tickets: [TicketDTO]) async {
        guard !(await names.askedForGroups) else { return }
        var sample: TicketID?
        for ticket in tickets {
            if let group = ticket.assignedGroupID, group > 0, !(await names.knowsGroup(group)) {
                sample = TicketID(ticket.id)
                break
            }
        }
        guard let sample else { return }
        await names.markAskedForGroups()
        _ = try? await self.ticket(sample)
    }

    private func learnAgentNamesIfNeeded(for tickets: [TicketDTO]) async {
        guard !(await names.askedForAgents) else { return }
        var unknown = false
        for ticket in tickets {
            if let id = ticket.assignedUserID, id > 0, !(await names.knowsAgent(id)) {
                unknown = true
                break
            }
        }
        guard unknown else { return }
        await names.markAskedForAgents()
        _ = try? await agents()
    }

    /// Trimmed, non-empty tags; a comma is refused because the server stores tags comma-separated.
    private static func cleanTags(_ tags: [String]) throws(BackendError) -> [String] {
        let cleaned = tags.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        if cleaned.contains(where: { $0.contains(OmnideskEndpoint.tagSeparator) }) {
            throw .invalidRequest("a tag cannot contain a comma")
        }
        return cleaned
    }
}
