import GRDB

/// The brands, groups and agents, read once at start: no endpoint changes them.
struct DeskCatalog: Sendable {
    var brands: [Int: BrandRecord]
    var groups: [GroupRecord]
    var agents: [AgentRecord]

    static func load(_ db: Database) throws -> DeskCatalog {
        DeskCatalog(
            brands: Dictionary(uniqueKeysWithValues: try BrandRecord.fetchAll(db).map { ($0.id, $0) }),
            groups: try GroupRecord.order(Column("id")).fetchAll(db),
            agents: try AgentRecord.order(Column("id")).fetchAll(db))
    }

    func group(_ id: Int) -> GroupRecord? { groups.first { $0.id == id } }
    func agent(_ id: Int) -> AgentRecord? { agents.first { $0.id == id } }
}
