import GRDB

/// One timeline entry: a message, an internal note or an event.
///
/// Seeded messages keep no text: `template` and `templateSeed` regenerate their HTML on
/// each read (see ``SampleEmails``), so 100,000 tickets cost kilobytes, not gigabytes.
struct TimelineRecord: Codable, FetchableRecord, MutablePersistableRecord, Sendable {
    static let databaseTableName = "timeline"
    var id: Int?
    var ticketId: Int
    /// "message", "note" or "event".
    var type: String
    var createdAt: Int
    var userId: Int = 0
    var userName: String?
    var channelId: Int = 0
    var direction: String = ""
    var fromAddress: String?
    var toAddress: String?
    var fromName: String = ""
    var toName: String = ""
    var statusNew: String?
    var content: String?
    var template: Int?
    var templateSeed: Int?
    var externalId: String?
    var metaData: String = "[]"
    var itemType: String?
    var itemTypeId: String?
    var description: String?
    var initiatedBy: String?

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = Int(inserted.rowID)
    }
}
