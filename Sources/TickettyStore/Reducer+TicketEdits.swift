import Foundation
import TickettyCore

extension State {
    /// `t`: the tags prompt, holding the tags every target shares.
    mutating func openTagPrompt() {
        let targets = commandTargets.compactMap { tickets[$0] }
        guard !targets.isEmpty else {
            message = StatusMessage("No ticket selected")
            return
        }
        let shared = TagEdit.shared(by: targets)
        // A trailing blank, so what is typed next is a new tag.
        let text = shared.isEmpty ? "" : shared.joined(separator: " ") + " "
        overlay = .textPrompt(TextPrompt(purpose: .tags(shared: shared), field: LineField(text)))
    }

    /// `e`: the title prompt, holding the title of the one ticket it changes.
    mutating func editTitle() {
        guard let ticket = singleTarget(for: "A title") else { return }
        overlay = .textPrompt(TextPrompt(purpose: .title, field: LineField(ticket.title)))
    }

    /// The one ticket a single-ticket command changes, or `nil` (saying why) when none is
    /// selected or several are marked.
    private mutating func singleTarget(for what: String) -> Ticket? {
        let targets = commandTargets.compactMap { tickets[$0] }
        guard targets.count <= 1 else {
            message = .error("\(what) changes one ticket at a time; unmark the others first")
            return nil
        }
        guard let ticket = targets.first else {
            message = StatusMessage("No ticket selected")
            return nil
        }
        return ticket
    }

    /// Enter in the title or tags prompt: apply it; Esc (handled as `back`) drops it.
    mutating func handleInTextPrompt(_ command: Command, prompt: TextPrompt) -> [Effect] {
        guard command == .confirmSelection || command == .openSelected else { return [] }
        overlay = nil
        switch prompt.purpose {
        case .title:
            return setTitle(prompt.field.text)
        case .tags(let shared):
            let edit = TagEdit.parse(prompt.field.text, shared: shared)
            guard !edit.isEmpty else {
                message = StatusMessage("Tags unchanged")
                return []
            }
            return performOnTargets { .updateTags(adding: edit.adding, removing: edit.removing, $0) }
        }
    }

    /// Typing in the title or tags prompt.
    mutating func editTextPrompt(_ edit: TextEdit, prompt: TextPrompt) {
        var prompt = prompt
        prompt.field.apply(edit)
        overlay = .textPrompt(prompt)
    }

    /// A new title for the one target; an empty or unchanged one sends nothing.
    mutating func setTitle(_ title: String) -> [Effect] {
        guard let ticket = singleTarget(for: "A title") else { return [] }
        let trimmed = title.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            message = .error("A title cannot be empty")
            return []
        }
        guard trimmed != ticket.title else { return [] }
        return perform(.setTitle(trimmed, ticket.id))
    }

    /// `D` or `:delete`: asks before deleting the targets.
    mutating func askToDelete() {
        let targets = commandTargets.filter { tickets[$0] != nil }
        guard !targets.isEmpty else {
            message = StatusMessage("No ticket selected")
            return
        }
        overlay = .confirmWrite(.delete(targets))
    }

    /// `:unlink`: asks before detaching the customer from the one target.
    mutating func askToUnlinkCustomer() {
        guard let ticket = singleTarget(for: "Unlinking the customer") else { return }
        overlay = .confirmWrite(.unlinkCustomer(ticket.id))
    }

    /// `y` to the question: send the write asked about; its tickets are no longer marked.
    mutating func confirmWrite(_ write: Write) -> [Effect] {
        overlay = nil
        marked.subtract(write.ticketIDs)
        let effects = perform(write)
        recomputeVisibleTickets()
        return effects
    }

    /// The server made the ticket a create asked for: list it, select it, and post the first
    /// message on it.
    mutating func ticketCreated(_ ticket: Ticket, writeID: Int) -> [Effect] {
        merge(ticket)
        totalOnServer = totalOnServer.map { $0 + 1 }
        recomputeVisibleTickets()
        if visibleTicketIDs.contains(ticket.id) {
            focus = .list
            selectedTicketID = ticket.id
        }
        guard let pending = pendingWrites.first(where: { $0.id == writeID }),
            case .create(_, let first?) = pending.write
        else { return [] }
        return perform(.post(first, ticket))
    }

    /// The server deleted tickets (or says they are gone): forget them here and in the local
    /// cache, and close the timeline if it showed one.
    mutating func ticketsDeleted(_ ids: [TicketID]) -> [Effect] {
        for id in ids where tickets.removeValue(forKey: id) != nil {
            totalOnServer = totalOnServer.map { max(0, $0 - 1) }
        }
        marked.subtract(ids)
        if let open = openTicketID, ids.contains(open) {
            openTicketID = nil
            openTicket = nil
            timelineScroll = 0
            timelineLineCount = nil
            if focus == .timeline { focus = .list }
        }
        recomputeVisibleTickets()
        return [.forgetTickets(ids)]
    }

    /// Whether `incoming` comes from a read that crossed a confirmed delete of it: the server
    /// has it no more, so it must not come back into the list.
    func wasDeletedAfterReading(_ incoming: Ticket) -> Bool {
        landedWrites.contains { landed in
            guard case .delete = landed.write, let before = landed.previous.first(where: { $0.id == incoming.id }) else {
                return false
            }
            return incoming.lastUpdate <= before.lastUpdate
        }
    }

    /// The tickets hidden from the list because a delete of them is on its way.
    var ticketsBeingDeleted: Set<TicketID> {
        var ids: Set<TicketID> = []
        for pending in pendingWrites {
            if case .delete(let deleting) = pending.write { ids.formUnion(deleting) }
        }
        return ids
    }
}
