import Foundation
import TickettyCore

extension NewTicketForm {
    /// Tab and Shift-Tab (down and up): the next or previous field, wrapping around.
    mutating func moveFocus(by step: Int) {
        let count = Field.allCases.count
        focused = Field(rawValue: ((focused.rawValue + step) % count + count) % count) ?? .title
    }

    /// Typing in the focused field; on a choice, Left and Right (and Space) cycle it.
    mutating func apply(_ edit: TextEdit) {
        problem = nil
        switch focused {
        case .title: title.apply(edit)
        case .message: message.apply(edit)
        case .customer: customer.apply(edit)
        case .customerName: customerName.apply(edit)
        case .supportAddress: supportAddress.apply(edit)
        case .brand: brand.apply(edit)
        case .direction:
            if Self.cycles(edit) != 0 { direction = direction == .inbound ? .outbound : .inbound }
        case .group:
            let step = Self.cycles(edit)
            guard step != 0, !groups.isEmpty else { return }
            groupIndex = ((groupIndex + step) % groups.count + groups.count) % groups.count
        }
    }

    /// The ticket and first message the form asks for, or why it cannot be sent yet (the
    /// field at fault is focused).
    mutating func submission() -> (NewTicket, OutgoingMessage)? {
        func trimmed(_ field: LineField) -> String { field.text.trimmingCharacters(in: .whitespaces) }
        let checks: [(Field, Bool, String)] = [
            (.title, trimmed(title).isEmpty, "A title is needed"),
            (.message, trimmed(message).count < 5, "The first message needs at least 5 characters"),
            (.customer, trimmed(customer).isEmpty, "The customer's address is needed"),
            (.supportAddress, trimmed(supportAddress).isEmpty, "Our address is needed (where the customer writes to)"),
            (.brand, Int(trimmed(brand)).map { $0 <= 0 } ?? true, "The brand ID is a number (Settings › Brands)"),
        ]
        if let (field, _, text) = checks.first(where: { $0.1 }) {
            focused = field
            problem = text
            return nil
        }
        let customer = trimmed(self.customer)
        let ours = trimmed(supportAddress)
        let ticket = NewTicket(
            title: trimmed(title), from: direction == .inbound ? customer : ours, fromName: trimmed(customerName),
            to: direction == .inbound ? ours : customer, brandID: Int(trimmed(brand)) ?? 1, channelID: 1,
            direction: direction, groupID: group?.id)
        // The API creates tickets empty; the agent cannot write as the customer, so what they
        // said on an inbound ticket is kept as a note, and an outbound one opens with a reply.
        let kind: OutgoingMessage.Kind = direction == .inbound ? .note : .reply
        return (ticket, OutgoingMessage(kind: kind, text: message.text))
    }

    /// How far a key moves a choice: Right and Space forward, Left back, others not at all.
    private static func cycles(_ edit: TextEdit) -> Int {
        switch edit {
        case .moveRight, .insert(" "): 1
        case .moveLeft: -1
        default: 0
        }
    }
}

extension State {
    /// The brand a new ticket gets when nothing says otherwise: the first of the account.
    static let defaultBrandID = 1

    /// `c`: a new-ticket form, the group taken from the selected ticket (else the first one
    /// known) and our address from the open ticket's mail, when one is loaded.
    mutating func startCreate() {
        let selected = selectedTicketID.flatMap { tickets[$0] }
        let groups = knownGroups
        overlay = .createForm(
            NewTicketForm(
                groups: groups, group: selected?.assignedGroup ?? groups.first,
                supportAddress: openTicket.flatMap(Self.supportAddress) ?? "", brandID: State.defaultBrandID))
    }

    /// The groups a new ticket may go to: those ticket details brought, else those the listed
    /// tickets are assigned to (before any ticket was opened), by name.
    private var knownGroups: [AgentGroup] {
        if !groups.isEmpty { return groups }
        var seen: [Int: AgentGroup] = [:]
        for ticket in tickets.values { if let group = ticket.assignedGroup { seen[group.id] = group } }
        return seen.values.sorted { $0.name < $1.name || ($0.name == $1.name && $0.id < $1.id) }
    }

    /// The helpdesk's address as a ticket's mail shows it: where the customer wrote to, or
    /// where an agent's reply came from.
    private static func supportAddress(of detail: TicketDetail) -> String? {
        for entry in detail.timeline {
            switch entry.kind {
            case .customerMessage: if let to = entry.toAddress, !to.isEmpty { return to }
            case .agentMessage: if let from = entry.fromAddress, !from.isEmpty { return from }
            case .note, .event: continue
            }
        }
        return nil
    }

    /// Commands while the form is open: Tab and the arrows move between fields, Enter submits.
    mutating func handleInCreateForm(_ command: Command, form: NewTicketForm) -> [Effect] {
        var form = form
        switch command {
        case .moveDown, .cycleFocus: form.moveFocus(by: 1)
        case .moveUp: form.moveFocus(by: -1)
        case .confirmSelection, .openSelected, .sendCompose:
            guard let (ticket, first) = form.submission() else { break }
            overlay = nil
            message = StatusMessage("Creating ticket…")
            return perform(.create(ticket, firstMessage: first))
        default: break
        }
        overlay = .createForm(form)
        return []
    }
}
