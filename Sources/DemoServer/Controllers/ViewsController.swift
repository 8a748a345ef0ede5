import GRDB
import Hummingbird

/// `GET /view`: the saved ticket views, in the list envelope.
///
/// Decision: a view is `{"id":1,"name":"New & open"}`; its id goes to `GET /ticket?applyView=`.
struct ViewsController: Sendable {
    let desk: Desk

    func addRoutes(to group: RouterGroup<DeskRequestContext>) {
        group.get("view", use: list)
    }

    @Sendable func list(_ request: Request, context: DeskRequestContext) async throws -> Response {
        try context.require(OmnideskContract.Needs.listViews)
        let (start, limit) = try RequestValues.paging(RequestValues.query(request))
        let views = try await desk.read { db in try ViewRecord.order(Column("id")).fetchAll(db) }
        let page = views.dropFirst(start).prefix(limit).map { view -> JSONValue in
            .object([("id", .int(view.id)), ("name", .string(view.name))])
        }
        return OmnideskContract.list(Array(page), start: start, total: views.count, limit: limit)
    }
}
