import Foundation
import HTMLText
import TickettyCore

/// Turns Omnidesk's wire objects into TickettyCore values.
///
/// Every string bound for the screen passes ``TextSanitizer/sanitizeLine(_:)`` here; message and
/// note bodies stay raw HTML in ``TimelineEntry/Body/html(_:)`` because the renderer sanitises
/// what it produces from them.
struct DomainMapping: Sendable {
    let timestamps: OmnideskTimestamp
    let names: NameDirectory.Snapshot

    /// The ticket, or nil when it cannot be shown honestly (no known status).
    func ticket(_ dto: TicketDTO) -> Ticket? {
        guard let status = dto.status.flatMap({ TicketStatus(rawValue: Self.word($0)) }) else { return nil }
        // An unknown priority is not worth hiding the ticket for; the vendor's default is medium.
        let priority = dto.priority.flatMap { TicketPriority(rawValue: Self.word($0)) } ?? .medium
        let outbound = dto.direction.map(Self.word) == "outbound"
        let address = Self.line(outbound ? dto.to : dto.from)
        let createdAt = timestamps.date(dto.createdAt) ?? timestamps.date(dto.lastUpdate) ?? Date(timeIntervalSince1970: 0)
        return Ticket(
            id: TicketID(dto.id),
            title: Self.line(dto.title),
            status: status,
            priority: priority,
            customerName: customerName(dto, outbound: outbound, address: address),
            customerAddress: address,
            channel: Self.line(dto.channelName ?? dto.icon),
            channelID: dto.channelID ?? 1,
            assignedGroup: names.group(dto.assignedGroupID),
            assignedAgent: names.agent(dto.assignedUserID),
            tags: dto.tags.map(Self.line).filter { !$0.isEmpty },
            createdAt: createdAt,
            lastUpdate: timestamps.date(dto.lastUpdate) ?? createdAt,
            slaNextBreach: timestamps.date(dto.slaNextBreach))
    }

    /// The customer's first and last name, else the sender's (recipient's) name, else the address.
    private func customerName(_ dto: TicketDTO, outbound: Bool, address: String) -> String {
        let full = [dto.customer?.firstname, dto.customer?.lastname].compactMap { $0.map(Self.line) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        for candidate in [full, Self.line(dto.customer?.name), Self.line(outbound ? dto.toName : dto.fromName)]
        where !candidate.isEmpty {
            return candidate
        }
        return address
    }

    /// The timeline oldest first (the vendor's own example is not in order); entries of an
    /// unknown type are left out.
    func timeline(_ items: [TimelineItemDTO], of ticket: Ticket) -> [TimelineEntry] {
        let entries = items.enumerated().compactMap { index, item in entry(item, index: index, of: ticket) }
        // Stable: entries with the same second keep the server's order.
        return entries.enumerated().sorted { lhs, rhs in
            lhs.element.createdAt == rhs.element.createdAt
                ? lhs.offset < rhs.offset : lhs.element.createdAt < rhs.element.createdAt
        }.map(\.element)
    }

    private func entry(_ item: TimelineItemDTO, index: Int, of ticket: Ticket) -> TimelineEntry? {
        let type = item.type.map(Self.word) ?? ""
        let id = Self.line(item.id).isEmpty ? "\(type)-\(index)" : Self.line(item.id)
        let createdAt = timestamps.date(item.createdAt) ?? ticket.createdAt
        switch type {
        case "event":
            return TimelineEntry(
                id: id, kind: .event, author: Self.line(item.initiatedBy), createdAt: createdAt,
                body: .text(Self.line(item.description)))
        case "note":
            return TimelineEntry(
                id: id, kind: .note, author: agentName(item), createdAt: createdAt, body: .html(item.content ?? ""))
        case "message":
            let direction = item.direction.map(Self.word) ?? ""
            let fromAgent = direction == "outbound" || (direction != "inbound" && (item.userID ?? 0) != 0)
            let from = Self.line(item.from)
            let to = Self.line(item.to)
            let customer = [Self.line(item.fromName), ticket.customerName, from].first { !$0.isEmpty } ?? ""
            return TimelineEntry(
                id: id, kind: fromAgent ? .agentMessage : .customerMessage,
                author: fromAgent ? agentName(item) : customer,
                fromAddress: from.isEmpty ? nil : from, toAddress: to.isEmpty ? nil : to,
                createdAt: createdAt, body: .html(item.content ?? ""))
        default:
            return nil
        }
    }

    private func agentName(_ item: TimelineItemDTO) -> String {
        let name = Self.line(item.userName)
        return name.isEmpty ? (names.agent(item.userID)?.name ?? "") : name
    }

    /// `assign_options_groups` as groups; options without a name are left out.
    static func groups(_ options: [NamedOptionDTO]) -> [AgentGroup] {
        options.compactMap { option in
            let name = line(option.name)
            return name.isEmpty ? nil : AgentGroup(id: option.id, name: name)
        }
    }

    /// `assign_options_users` as agents; options without a name are left out.
    static func agents(_ options: [NamedOptionDTO]) -> [Agent] {
        options.compactMap { option in
            let name = line(option.name)
            return name.isEmpty ? nil : Agent(id: option.id, name: name)
        }
    }

    /// A `GET /view` entry; a view without a usable name is called "View N".
    static func view(_ option: NamedOptionDTO) -> SavedView {
        let name = line(option.name)
        return SavedView(id: option.id, name: name.isEmpty ? "View \(option.id)" : name)
    }

    /// A `GET /user` entry: its name, else first and last name, else e-mail, else "Agent N".
    static func agent(_ user: UserDTO) -> Agent {
        let full = [user.firstname, user.lastname].map(line).filter { !$0.isEmpty }.joined(separator: " ")
        let name = [line(user.name), full, line(user.email)].first { !$0.isEmpty } ?? "Agent \(user.id)"
        return Agent(id: user.id, name: name)
    }

    /// A server string made safe for one line of the screen; nil becomes "".
    static func line(_ text: String?) -> String {
        guard let text else { return "" }
        return TextSanitizer.sanitizeLine(text).trimmingCharacters(in: .whitespaces)
    }

    /// A lowercased, trimmed keyword such as a status or a direction.
    private static func word(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
