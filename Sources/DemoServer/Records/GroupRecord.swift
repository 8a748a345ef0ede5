import GRDB

/// A group of agents a ticket can be assigned to ("Customer Support", "Finance", ...).
struct GroupRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "agentGroup"
    var id: Int
    var name: String
}
