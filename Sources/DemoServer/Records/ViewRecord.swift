import GRDB

/// A saved ticket view; `GET /ticket?applyView=ID` lists the tickets it matches.
struct ViewRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "view"
    var id: Int
    var name: String
    /// Comma-separated statuses to include; nil matches every status.
    var statuses: String?
    /// Comma-separated priorities to include; nil matches every priority.
    var priorities: String?
    var assignedGroupId: Int?
    var assignedUserId: Int?
    /// Only tickets assigned to no agent.
    var unassignedOnly: Bool
}
