import Hummingbird

/// `GET /user`: the agents, in the list envelope.
///
/// Decision: a user is `{"id":1,"name":"...","email":"...","active":1}` (active as a number,
/// like the vendor's other flags); `query` matches name or e-mail; `activeOnly=1|true` hides
/// deactivated agents.
struct UsersController: Sendable {
    let desk: Desk

    func addRoutes(to group: RouterGroup<DeskRequestContext>) {
        group.get("user", use: list)
    }

    @Sendable func list(_ request: Request, context: DeskRequestContext) async throws -> Response {
        try context.require(OmnideskContract.Needs.listUsers)
        let query = RequestValues.query(request)
        let (start, limit) = try RequestValues.paging(query)
        var agents = desk.catalog.agents
        if let activeOnly = RequestValues.nonEmpty(query["activeOnly"]), ["1", "true"].contains(activeOnly.lowercased()) {
            agents = agents.filter(\.active)
        }
        if let text = RequestValues.nonEmpty(query["query"])?.lowercased() {
            agents = agents.filter { $0.name.lowercased().contains(text) || $0.email.lowercased().contains(text) }
        }
        let page = agents.dropFirst(start).prefix(limit).map { agent -> JSONValue in
            .object([
                ("id", .int(agent.id)), ("name", .string(agent.name)), ("email", .string(agent.email)),
                ("active", .int(agent.active ? 1 : 0)),
            ])
        }
        return OmnideskContract.list(Array(page), start: start, total: agents.count, limit: limit)
    }
}
