/// A saved ticket view of the helpdesk ("New & open", "Urgent"): a server-side filter the list
/// can show instead of every ticket (`TicketQuery.viewID`).
///
/// Backends sanitise `name` like every other server string, so it is safe to draw.
public struct SavedView: Identifiable, Hashable, Sendable, Codable {
    public let id: Int
    public var name: String

    public init(id: Int, name: String) {
        self.id = id
        self.name = name
    }
}
