import TickettyCore
import TickettyStore

/// The `v` picker: "All tickets", then the account's saved views, narrowed by typing. It lists
/// exactly `state.viewChoices`, so Enter picks what is highlighted.
struct ViewPicker {
    func render(_ state: State, picker: Picker, on screen: Rect, into buffer: inout CellBuffer, theme: Theme) {
        let rows = state.viewChoices.map { choice in
            let shown = choice?.id == state.activeView?.view.id ? "shown" : ""
            return PickerList.Row(left: [StyledSpan(choice?.name ?? State.allTicketsName, .menu)], right: shown)
        }
        let height = min(max(6, rows.count + 1), max(1, screen.height - 4))
        let title = state.views == nil ? "Views (loading…)" : "Views"
        let inner = OverlayBox(title: title, contentWidth: min(48, max(24, screen.width - 8)), contentHeight: height)
            .draw(on: screen, into: &buffer, theme: theme)
        PickerList(picker: picker, rows: rows, emptyText: "No view matches").draw(in: inner, into: &buffer, theme: theme)
    }
}
