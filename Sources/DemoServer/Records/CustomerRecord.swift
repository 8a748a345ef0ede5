import GRDB

/// A customer who writes in; tickets point at one unless it was unlinked.
struct CustomerRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "customer"
    var id: Int
    var brandId: Int
    var firstname: String
    var lastname: String
    var email: String
    var phone: String?
    var externalPrimaryId: String?
    var createdAt: Int

    /// "Firstname Lastname", or whichever part exists.
    var fullName: String {
        [firstname, lastname].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
