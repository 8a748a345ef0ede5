import HTMLText
import TickettyStore

extension LineField {
    /// The text with a bar at the cursor, cut to `columns` so the cursor stays in view: the
    /// start is dropped when the cursor is far right, the end when there is more after it.
    func shown(within columns: Int) -> String {
        guard columns > 0 else { return "" }
        let characters = Array(text)
        let at = min(max(cursor, 0), characters.count)
        let before = String(characters[..<at]).keepingEnd(within: columns - 1)
        let room = columns - 1 - DisplayWidth.of(before)
        return before + "▏" + String(characters[at...]).keepingStart(within: room)
    }
}
