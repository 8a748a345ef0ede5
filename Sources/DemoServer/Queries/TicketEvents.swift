import GRDB

/// Changes that leave an event on the timeline, as the vendor's desk does.
enum TicketEvents {
    /// Decision: writes through the API are initiated by "API".
    static let initiator = "API"

    static func statusChanged(_ db: Database, ticket: inout TicketRecord, to status: String, now: Int) throws {
        ticket.status = status
        ticket.closedAt = status == "closed" ? now : nil
        if status == "solved" || status == "closed" {
            ticket.slaNextBreach = nil
            ticket.slaFirstReplyBreach = nil
        }
        try record(db, ticket: ticket, itemType: "status", itemTypeID: status,
                   description: "Status changed to \(status)", now: now)
    }

    static func priorityChanged(_ db: Database, ticket: inout TicketRecord, to priority: String, now: Int) throws {
        ticket.priority = priority
        try record(db, ticket: ticket, itemType: "priority", itemTypeID: priority,
                   description: "Priority changed to \(priority)", now: now)
    }

    static func record(
        _ db: Database, ticket: TicketRecord, itemType: String, itemTypeID: String, description: String, now: Int
    ) throws {
        var event = TimelineRecord(
            ticketId: ticket.id ?? 0, type: "event", createdAt: now, itemType: itemType, itemTypeId: itemTypeID,
            description: description, initiatedBy: initiator)
        try event.insert(db)
    }
}
