import TickettyCore

/// What the list remembers between frames, like ratatui's `ListState`: the first row shown
/// and where the selection was last found.
///
/// Keeping the offset stable means the list scrolls only when the cursor leaves the screen,
/// and remembering the selection's index keeps finding it O(1) for cursor moves in a list of
/// 100,000 tickets.
struct ListScrollState {
    var offset = 0
    private var selectedIndexHint = 0

    /// The index of `id` in `ids`, searching near the last known place first.
    mutating func index(of id: TicketID?, in ids: [TicketID]) -> Int? {
        guard let id, !ids.isEmpty else { return nil }
        let hint = min(max(0, selectedIndexHint), ids.count - 1)
        // Cursor moves and page jumps land close to the last place, so look there first.
        let window = 64
        let low = max(0, min(hint, offset) - window)
        let high = min(ids.count, max(hint, offset) + window + 1)
        if let found = ids[low..<high].firstIndex(of: id) {
            selectedIndexHint = found
            return found
        }
        guard let found = ids.firstIndex(of: id) else { return nil }
        selectedIndexHint = found
        return found
    }

    /// Moves the offset just enough to keep `selected` among `rows` rows of `count`.
    mutating func follow(selected: Int?, count: Int, rows: Int) {
        let rows = max(1, rows)
        if let selected {
            if selected < offset { offset = selected }
            if selected >= offset + rows { offset = selected - rows + 1 }
        }
        offset = max(0, min(offset, count - rows))
    }
}
