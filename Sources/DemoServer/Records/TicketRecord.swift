import GRDB

/// A ticket row. Times are seconds since 1970 (UTC); ids of groups and users are 0 when unassigned.
struct TicketRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "ticket"
    var id: Int?
    var brandId: Int
    var channelId: Int
    /// nil once the customer was unlinked (or none matched `externalPrimaryID`).
    var customerId: Int?
    var direction: String
    var fromAddress: String
    var fromName: String
    var toAddress: String
    var toName: String
    var title: String
    var status: String
    var priority: String
    var assignedGroupId: Int
    var assignedUserId: Int
    var createdAt: Int
    var lastUpdate: Int
    var lastUpdateAgent: Int?
    var lastUpdateCustomer: Int?
    var closedAt: Int?
    var slaNextBreach: Int?
    var slaFirstReplyBreach: Int?
    var slaPolicyId: Int?
    /// Comma-separated, as the API sends it (see ``OmnideskContract/encodeTags(_:)``).
    var tags: String
    var externalId: String?
    var formId: Int?

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = Int(inserted.rowID)
    }
}
