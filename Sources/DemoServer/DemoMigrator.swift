import GRDB

/// The desk's schema. It only moves forward: add a named migration, never edit a shipped one,
/// because `--database PATH` files outlive a build.
enum DemoMigrator {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 tickets") { db in
            try db.create(table: "brand") { t in
                t.primaryKey("id", .integer)
                t.column("name", .text).notNull()
                t.column("supportAddress", .text).notNull()
            }
            try db.create(table: "agentGroup") { t in
                t.primaryKey("id", .integer)
                t.column("name", .text).notNull()
            }
            try db.create(table: "agent") { t in
                t.primaryKey("id", .integer)
                t.column("name", .text).notNull()
                t.column("email", .text).notNull()
                t.column("active", .boolean).notNull()
            }
            try db.create(table: "customer") { t in
                t.primaryKey("id", .integer)
                t.column("brandId", .integer).notNull()
                t.column("firstname", .text).notNull()
                t.column("lastname", .text).notNull()
                t.column("email", .text).notNull()
                t.column("phone", .text)
                t.column("externalPrimaryId", .text).indexed()
                t.column("createdAt", .integer).notNull()
            }
            try db.create(table: "ticket") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("brandId", .integer).notNull()
                t.column("channelId", .integer).notNull()
                t.column("customerId", .integer)
                t.column("direction", .text).notNull()
                t.column("fromAddress", .text).notNull()
                t.column("fromName", .text).notNull()
                t.column("toAddress", .text).notNull()
                t.column("toName", .text).notNull()
                t.column("title", .text).notNull()
                t.column("status", .text).notNull()
                t.column("priority", .text).notNull()
                t.column("assignedGroupId", .integer).notNull()
                t.column("assignedUserId", .integer).notNull()
                t.column("createdAt", .integer).notNull()
                t.column("lastUpdate", .integer).notNull()
                t.column("lastUpdateAgent", .integer)
                t.column("lastUpdateCustomer", .integer)
                t.column("closedAt", .integer)
                t.column("slaNextBreach", .integer)
                t.column("slaFirstReplyBreach", .integer)
                t.column("slaPolicyId", .integer)
                t.column("tags", .text).notNull()
                t.column("externalId", .text)
                t.column("formId", .integer)
            }
            try db.create(index: "ticket_lastUpdate", on: "ticket", columns: ["lastUpdate", "id"])
            try db.create(index: "ticket_status_lastUpdate", on: "ticket", columns: ["status", "lastUpdate", "id"])
        }
        migrator.registerMigration("v2 messages") { db in
            try db.create(table: "timeline") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("ticketId", .integer).notNull().indexed()
                    .references("ticket", onDelete: .cascade)
                t.column("type", .text).notNull()
                t.column("createdAt", .integer).notNull()
                t.column("userId", .integer).notNull().defaults(to: 0)
                t.column("userName", .text)
                t.column("channelId", .integer).notNull().defaults(to: 0)
                t.column("direction", .text).notNull().defaults(to: "")
                t.column("fromAddress", .text)
                t.column("toAddress", .text)
                t.column("fromName", .text).notNull().defaults(to: "")
                t.column("toName", .text).notNull().defaults(to: "")
                t.column("statusNew", .text)
                t.column("content", .text)
                t.column("template", .integer)
                t.column("templateSeed", .integer)
                t.column("externalId", .text)
                t.column("metaData", .text).notNull().defaults(to: "[]")
                t.column("itemType", .text)
                t.column("itemTypeId", .text)
                t.column("description", .text)
                t.column("initiatedBy", .text)
            }
        }
        migrator.registerMigration("v3 views") { db in
            try db.create(table: "view") { t in
                t.primaryKey("id", .integer)
                t.column("name", .text).notNull()
                t.column("statuses", .text)
                t.column("priorities", .text)
                t.column("assignedGroupId", .integer)
                t.column("assignedUserId", .integer)
                t.column("unassignedOnly", .boolean).notNull().defaults(to: false)
            }
        }
        return migrator
    }
}
