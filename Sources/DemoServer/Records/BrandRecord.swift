import GRDB

/// A brand of the account; tickets and customers belong to one.
struct BrandRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "brand"
    var id: Int
    var name: String
    /// The address customers write to, e.g. `support@nordlicht.example`.
    var supportAddress: String
}
