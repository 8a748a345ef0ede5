import GRDB

/// One `actions[K][actionType]` / `actions[K][value]` pair of `POST /ticket/batch`.
enum BatchAction: Sendable, Equatable {
    /// 0 unassigns.
    case assignGroup(Int)
    /// 0 unassigns.
    case assignUser(Int)
    case addTag(String)
    case removeTag(String)

    /// `TicketIDs` = "1, 2, 3" (vendor: `^[0-9, ]+$`).
    static func ticketIDs(_ fields: FormFields) throws(DeskError) -> [Int] {
        guard let text = RequestValues.nonEmpty(fields["TicketIDs"] ?? fields["ticketIDs"]) else {
            throw .badRequest("Missing field: TicketIDs.")
        }
        var ids: [Int] = []
        for piece in text.split(separator: ",") {
            guard let id = OmnideskContract.parseID(Substring(piece.trimmingSpaces)) else {
                throw .badRequest("TicketIDs must be comma-separated ticket ids, e.g. \"1, 2, 3\".")
            }
            if !ids.contains(id) { ids.append(id) }
        }
        guard !ids.isEmpty else { throw .badRequest("TicketIDs names no ticket.") }
        return ids
    }

    /// The actions in index order; at least one, each valid, else 400.
    static func parse(_ fields: FormFields, catalog: DeskCatalog) throws(DeskError) -> [BatchAction] {
        var indices: [Int] = []
        for (name, _) in fields.pairs where name.hasPrefix("actions[") {
            let rest = name.dropFirst("actions[".count)
            guard let close = rest.firstIndex(of: "]"), let index = Int(rest[..<close]), index >= 0, index < 1000 else {
                throw .badRequest("Malformed action field \(String(name.prefix(60))).")
            }
            if !indices.contains(index) { indices.append(index) }
        }
        guard !indices.isEmpty else { throw .badRequest("Missing field: actions[0][actionType].") }
        var actions: [BatchAction] = []
        for index in indices.sorted() {
            let type = try RequestValues.word(fields, "actions[\(index)][actionType]", oneOf: OmnideskContract.batchActions)
            guard let value = RequestValues.nonEmpty(fields["actions[\(index)][value]"]) else {
                throw .badRequest("Missing field: actions[\(index)][value].")
            }
            actions.append(try make(type: type, value: value, index: index, catalog: catalog))
        }
        return actions
    }

    private static func make(type: String, value: String, index: Int, catalog: DeskCatalog) throws(DeskError) -> BatchAction {
        switch type {
        case "assignGroup", "assignUser":
            guard let id = Int(value), id >= 0 else {
                throw .badRequest("actions[\(index)][value] must be a \(type == "assignGroup" ? "group" : "user") id.")
            }
            if type == "assignGroup" {
                guard id == 0 || catalog.group(id) != nil else { throw .badRequest("Unknown group \(id).") }
                return .assignGroup(id)
            }
            guard id == 0 || catalog.agent(id)?.active == true else { throw .badRequest("Unknown or inactive user \(id).") }
            return .assignUser(id)
        default:
            guard !value.contains(","), value.count <= 64 else {
                throw .badRequest("A tag may not contain commas and has at most 64 characters.")
            }
            return type == "addTag" ? .addTag(value) : .removeTag(value)
        }
    }

    func apply(_ db: Database, to ticket: inout TicketRecord, catalog: DeskCatalog, now: Int) throws {
        var tags = OmnideskContract.decodeTags(ticket.tags)
        switch self {
        case .assignGroup(let id):
            guard ticket.assignedGroupId != id else { return }
            ticket.assignedGroupId = id
            try recordAssignment(db, ticket, "assigned_group_id", id, name: catalog.group(id)?.name, what: "Group", now: now)
        case .assignUser(let id):
            guard ticket.assignedUserId != id else { return }
            ticket.assignedUserId = id
            try recordAssignment(db, ticket, "assigned_user_id", id, name: catalog.agent(id)?.name, what: "User", now: now)
        case .addTag(let tag):
            if !tags.contains(tag) { tags.append(tag) }
        case .removeTag(let tag):
            tags.removeAll { $0 == tag }
        }
        ticket.tags = OmnideskContract.encodeTags(tags)
    }

    private func recordAssignment(
        _ db: Database, _ ticket: TicketRecord, _ itemType: String, _ id: Int, name: String?, what: String, now: Int
    ) throws {
        try TicketEvents.record(
            db, ticket: ticket, itemType: itemType, itemTypeID: String(id),
            description: id == 0 ? "\(what) unassigned" : "Assigned to \(name ?? String(id))", now: now)
    }
}
