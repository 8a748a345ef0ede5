import TickettyCore

extension Write {
    /// The writes that undo this one, given its tickets as they were just before it (a
    /// ``PendingWrite``'s `previous`).
    ///
    /// Tickets that had the same old value share one write, so undoing a status change on 30
    /// marked tickets that were open or pending sends two requests, not 30. Writes come in the
    /// order of the tickets' first appearance in this write. Posting, creating, deleting and
    /// unlinking the customer cannot be undone: they give `[]`, as does a field that had no old
    /// value to go back to (a ticket that was assigned to nobody).
    ///
    /// ```swift
    /// Write.setStatus(.closed, [1, 2, 3]).inverse(restoring: [open1, pending2, open3])
    /// // [.setStatus(.open, [1, 3]), .setStatus(.pending, [2])]
    /// ```
    public func inverse(restoring previous: [Ticket]) -> [Write] {
        let before = ticketIDs.compactMap { id in previous.first { $0.id == id } }
        switch self {
        case .setStatus:
            return Self.grouped(before, by: \.status).map { .setStatus($0.key, $0.items.map(\.id)) }
        case .setPriority:
            return Self.grouped(before, by: \.priority).map { .setPriority($0.key, $0.items.map(\.id)) }
        case .assign(let assignee, _):
            return Self.unassigning(assignee, before)
        case .updateTags(let adding, let removing, _):
            // Only what this write changed goes back: a tag it added that was there already stays.
            let changes = before.map { ticket in
                (ticket.id, TagEdit(
                    adding: removing.filter { TagEdit.contains(ticket.tags, $0) },
                    removing: adding.filter { !TagEdit.contains(ticket.tags, $0) }))
            }
            return Self.grouped(changes.filter { !$0.1.isEmpty }, by: \.1).map { entry in
                .updateTags(adding: entry.key.adding, removing: entry.key.removing, entry.items.map(\.0))
            }
        case .setTitle(_, let id):
            return before.first.map { [.setTitle($0.title, id)] } ?? []
        case .post, .create, .delete, .unlinkCustomer:
            return []
        }
    }

    /// Assignments that put tickets back: assigning a group also cleared the agent, so a ticket
    /// gets its old group and then its old agent; assigning an agent kept the group, so its old
    /// agent is enough, or its old group when it had no agent (which clears the new one).
    private static func unassigning(_ assignee: Assignee, _ before: [Ticket]) -> [Write] {
        var groupBack: [Ticket] = []
        var agentBack: [Ticket] = []
        for ticket in before {
            switch assignee {
            case .group:
                if ticket.assignedGroup != nil { groupBack.append(ticket) }
                if ticket.assignedAgent != nil { agentBack.append(ticket) }
            case .agent:
                if ticket.assignedAgent != nil {
                    agentBack.append(ticket)
                } else if ticket.assignedGroup != nil {
                    groupBack.append(ticket)
                }
            }
        }
        let groups = grouped(groupBack, by: \.assignedGroup).compactMap { entry in
            entry.key.map { Write.assign(.group($0), entry.items.map(\.id)) }
        }
        let agents = grouped(agentBack, by: \.assignedAgent).compactMap { entry in
            entry.key.map { Write.assign(.agent($0), entry.items.map(\.id)) }
        }
        return groups + agents
    }

    /// Items sharing a key, in the order each key first appears.
    private static func grouped<Element, Key: Hashable>(_ items: [Element], by key: (Element) -> Key)
        -> [(key: Key, items: [Element])]
    {
        var order: [Key] = []
        var members: [Key: [Element]] = [:]
        for item in items {
            let value = key(item)
            if members[value] == nil { order.append(value) }
            members[value, default: []].append(item)
        }
        return order.map { ($0, members[$0] ?? []) }
    }
}
