import TickettyStore

/// Where each pane goes on a screen of a given size.
///
/// Wide terminals (120 columns and more) put the list on the left and the timeline on the
/// right; narrower ones stack them. The compose pane, when open, takes about a third of the
/// height at the bottom (under the timeline when side by side); the status line is the last row.
public struct Layout: Hashable, Sendable {
    public var list: Rect
    public var timeline: Rect
    public var compose: Rect?
    public var status: Rect
    /// The one-column rule between list and timeline when side by side.
    public var separator: Rect?

    /// The width from which list and timeline sit side by side.
    public static let sideBySideColumns = 120

    public init(size: Size, composeOpen: Bool) {
        let columns = max(0, size.columns)
        let rows = max(0, size.rows)
        status = Rect(x: 0, y: max(0, rows - 1), width: columns, height: rows > 0 ? 1 : 0)
        let body = Rect(x: 0, y: 0, width: columns, height: max(0, rows - 1))
        let composeHeight = composeOpen ? min(body.height, max(3, body.height / 3)) : 0

        if columns >= Self.sideBySideColumns {
            let listWidth = columns * 45 / 100
            list = body.with(width: listWidth)
            separator = Rect(x: listWidth, y: 0, width: 1, height: body.height)
            let right = Rect(x: listWidth + 1, y: 0, width: columns - listWidth - 1, height: body.height)
            timeline = right.prefix(rows: right.height - composeHeight)
            compose = composeOpen ? right.droppingTop(right.height - composeHeight) : nil
        } else {
            separator = nil
            let panes = body.prefix(rows: body.height - composeHeight)
            let listHeight = (panes.height + 1) / 2
            list = panes.prefix(rows: listHeight)
            timeline = panes.droppingTop(listHeight)
            compose = composeOpen ? body.droppingTop(body.height - composeHeight) : nil
        }
    }

    /// Ticket rows the list shows (its title bar and column header take two rows).
    public var listRows: Int { max(1, list.height - 2) }
    /// Text lines the timeline shows (its title bar takes one row).
    public var timelineRows: Int { max(1, timeline.height - 1) }
}

extension Rect {
    /// The same rectangle with another width.
    func with(width: Int) -> Rect { Rect(x: x, y: y, width: width, height: height) }
}
