import GRDB

/// Inserts tickets and timeline rows through two prepared statements, reused for every row:
/// seeding 100,000 tickets this way avoids re-parsing SQL and Codable encoding per row.
struct SeedWriter {
    private let ticketStatement: Statement
    private let timelineStatement: Statement

    init(_ db: Database) throws {
        ticketStatement = try db.makeStatement(sql: """
            INSERT INTO ticket (id, brandId, channelId, customerId, direction, fromAddress, fromName,
              toAddress, toName, title, status, priority, assignedGroupId, assignedUserId, createdAt,
              lastUpdate, lastUpdateAgent, lastUpdateCustomer, closedAt, slaNextBreach,
              slaFirstReplyBreach, slaPolicyId, tags, externalId, formId)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        timelineStatement = try db.makeStatement(sql: """
            INSERT INTO timeline (ticketId, type, createdAt, userId, userName, channelId, direction,
              fromAddress, toAddress, fromName, toName, statusNew, content, template, templateSeed,
              externalId, metaData, itemType, itemTypeId, description, initiatedBy)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
    }

    func insert(_ blueprint: TicketBlueprint) throws {
        let t = blueprint.ticket
        let ticketValues: [(any DatabaseValueConvertible)?] = [
            t.id, t.brandId, t.channelId, t.customerId, t.direction, t.fromAddress, t.fromName,
            t.toAddress, t.toName, t.title, t.status, t.priority, t.assignedGroupId, t.assignedUserId,
            t.createdAt, t.lastUpdate, t.lastUpdateAgent, t.lastUpdateCustomer, t.closedAt,
            t.slaNextBreach, t.slaFirstReplyBreach, t.slaPolicyId, t.tags, t.externalId, t.formId,
        ]
        ticketStatement.setUncheckedArguments(StatementArguments(ticketValues))
        try ticketStatement.execute()
        for e in blueprint.timeline {
            let values: [(any DatabaseValueConvertible)?] = [
                e.ticketId, e.type, e.createdAt, e.userId, e.userName, e.channelId, e.direction,
                e.fromAddress, e.toAddress, e.fromName, e.toName, e.statusNew, e.content, e.template,
                e.templateSeed, e.externalId, e.metaData, e.itemType, e.itemTypeId, e.description, e.initiatedBy,
            ]
            timelineStatement.setUncheckedArguments(StatementArguments(values))
            try timelineStatement.execute()
        }
    }
}
