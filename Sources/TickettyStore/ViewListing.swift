import TickettyCore

/// The saved view the list shows instead of every ticket: which tickets the server listed for
/// it, and the listing under way.
public struct ViewListing: Hashable, Sendable {
    public var view: SavedView
    /// The view's tickets as last listed in full; the list shows only these.
    public var ids: Set<TicketID>
    /// The page of the listing under way, if one is.
    public var awaiting: TicketQuery?
    /// What the listing under way has found so far; replaces `ids` when it ends, so a ticket
    /// that left the view leaves the list.
    public var found: Set<TicketID>

    public init(view: SavedView, ids: Set<TicketID> = [], awaiting: TicketQuery? = nil, found: Set<TicketID> = []) {
        self.view = view
        self.ids = ids
        self.awaiting = awaiting
        self.found = found
    }
}
