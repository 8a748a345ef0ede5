import GRDB
import TickettyCore

/// The account's agents and groups, in the order the server listed them.
extension AccountCache {
    /// Replaces the cached agents with `agents`.
    public func save(agents: [Agent]) throws(CacheError) {
        try write("save agents") { db in
            try Self.replace(table: "agent", with: agents.map { ($0.id, $0.name) }, db)
        }
    }

    public func loadAgents() throws(CacheError) -> [Agent] {
        try read("load agents") { db in
            try Self.load(table: "agent", db).map { Agent(id: $0.id, name: $0.name) }
        }
    }

    /// Replaces the cached groups with `groups`.
    public func save(groups: [AgentGroup]) throws(CacheError) {
        try write("save groups") { db in
            try Self.replace(table: "agentGroup", with: groups.map { ($0.id, $0.name) }, db)
        }
    }

    public func loadGroups() throws(CacheError) -> [AgentGroup] {
        try read("load groups") { db in
            try Self.load(table: "agentGroup", db).map { AgentGroup(id: $0.id, name: $0.name) }
        }
    }

    private static func replace(table: String, with members: [(Int, String)], _ db: Database) throws {
        try db.execute(sql: "DELETE FROM \(table)")
        let statement = try db.makeStatement(
            sql: "INSERT INTO \(table) (position, id, name) VALUES (?, ?, ?)")
        for (position, member) in members.enumerated() {
            try statement.execute(arguments: [position, member.0, member.1])
        }
    }

    private static func load(table: String, _ db: Database) throws -> [(id: Int, name: String)] {
        let rows = try Row.fetchCursor(db, sql: "SELECT id, name FROM \(table) ORDER BY position")
        var members: [(id: Int, name: String)] = []
        while let row = try rows.next() {
            guard let id = try? row.decode(Int.self, atIndex: 0),
                let name = try? row.decode(String.self, atIndex: 1)
            else { continue }
            members.append((id, name))
        }
        return members
    }
}
