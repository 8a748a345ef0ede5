import GRDB

/// An agent (Omnidesk "user") who can be assigned tickets and write replies and notes.
struct AgentRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "agent"
    var id: Int
    var name: String
    var email: String
    var active: Bool
}
