import TickettyCore
import TickettyStore

/// A small menu with one letter per choice ("n  New"); the current value is highlighted.
struct LetterMenu {
    struct Item {
        var key: Character
        var label: String
        var role: ThemeRole
        var isCurrent: Bool
    }

    var title: String
    var items: [Item]

    /// A menu over `values`, titled for the marked tickets when there are some.
    init<Value: Equatable>(
        title: String, state: State, values: [Value], current: (Ticket) -> Value?,
        key: (Value) -> Character, label: (Value) -> String, role: (Value) -> ThemeRole
    ) {
        let value = state.marked.isEmpty ? state.selectedTicketID.flatMap { state.tickets[$0] }.flatMap(current) : nil
        self.title = state.marked.isEmpty ? title : "\(title) of \(state.marked.count)"
        self.items = values.map { Item(key: key($0), label: label($0), role: role($0), isCurrent: $0 == value) }
    }


    func render(on screen: Rect, into buffer: inout CellBuffer, theme: Theme) {
        let rect = OverlayBox(title: title, contentWidth: 22, contentHeight: items.count).draw(on: screen, into: &buffer, theme: theme)
        for (row, item) in items.prefix(rect.height).enumerated() {
            let y = rect.y + row
            let style = theme[item.isCurrent ? .menuSelected : .menu]
            if item.isCurrent { buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style) }
            var x = rect.x + 1
            x += buffer.write(String(item.key), at: Position(column: x, row: y), style: item.isCurrent ? style : theme[.menuKey], maxWidth: rect.maxX - x)
            x += 2
            var labelStyle = item.isCurrent ? style : theme[item.role]
            if !item.isCurrent { labelStyle.background = theme[.menu].background }
            buffer.write(item.label + (item.isCurrent ? "  •" : ""), at: Position(column: x, row: y), style: labelStyle, maxWidth: max(0, rect.maxX - x))
        }
    }
}
