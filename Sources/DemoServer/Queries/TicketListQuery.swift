import GRDB

/// The filters of `GET /ticket`, turned into one SQL WHERE clause.
struct TicketListQuery: Sendable {
    var statuses: [String] = []
    var text: String?
    var view: ViewRecord?

    /// Decision: `query` matches the ticket id (exactly), or a substring of the title, the
    /// sender's address or name, or the customer's name; message bodies are not searched.
    func whereClause() -> (sql: String, arguments: StatementArguments) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if !statuses.isEmpty {
            conditions.append("status IN (\(statuses.map { _ in "?" }.joined(separator: ",")))")
            arguments += StatementArguments(statuses)
        }
        if let view {
            let viewStatuses = OmnideskContract.decodeTags(view.statuses ?? "")
            if !viewStatuses.isEmpty {
                conditions.append("status IN (\(viewStatuses.map { _ in "?" }.joined(separator: ",")))")
                arguments += StatementArguments(viewStatuses)
            }
            let priorities = OmnideskContract.decodeTags(view.priorities ?? "")
            if !priorities.isEmpty {
                conditions.append("priority IN (\(priorities.map { _ in "?" }.joined(separator: ",")))")
                arguments += StatementArguments(priorities)
            }
            if let group = view.assignedGroupId {
                conditions.append("assignedGroupId = ?")
                arguments += [group]
            }
            if let user = view.assignedUserId {
                conditions.append("assignedUserId = ?")
                arguments += [user]
            }
            if view.unassignedOnly { conditions.append("assignedUserId = 0") }
        }
        if let text, !text.isEmpty {
            let pattern = "%" + Self.escapeLike(text) + "%"
            var alternatives = [
                "title LIKE ? ESCAPE '\\'", "fromAddress LIKE ? ESCAPE '\\'", "fromName LIKE ? ESCAPE '\\'",
                "customerId IN (SELECT id FROM customer WHERE firstname || ' ' || lastname LIKE ? ESCAPE '\\')",
            ]
            arguments += [pattern, pattern, pattern, pattern]
            if let id = OmnideskContract.parseID(Substring(text)) {
                alternatives.append("id = ?")
                arguments += [id]
            }
            conditions.append("(" + alternatives.joined(separator: " OR ") + ")")
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }

    /// One page, newest update first, and the total the filters match.
    func fetch(_ db: Database, start: Int, limit: Int) throws -> (tickets: [TicketRecord], total: Int) {
        let (whereSQL, arguments) = whereClause()
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ticket \(whereSQL)", arguments: arguments) ?? 0
        let tickets = try TicketRecord.fetchAll(
            db, sql: "SELECT * FROM ticket \(whereSQL) ORDER BY lastUpdate DESC, id DESC LIMIT ? OFFSET ?",
            arguments: arguments + [limit, start])
        return (tickets, total)
    }

    private static func escapeLike(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
