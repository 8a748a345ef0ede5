import TickettyCore
import TickettyStore

/// The `a` picker: a filter field over the groups, then the agents, that the ticket can be
/// assigned to. It lists exactly `state.assignChoices`, so Enter picks what is highlighted.
struct AssignPicker {
    func render(_ state: State, picker: Picker, on screen: Rect, into buffer: inout CellBuffer, theme: Theme) {
        let choices = state.assignChoices
        let rows = choices.map { choice -> PickerList.Row in
            switch choice {
            case .group(let group): PickerList.Row(left: [StyledSpan(group.name, .menu)], right: "group")
            case .agent(let agent): PickerList.Row(left: [StyledSpan(agent.name, .menu)], right: "agent")
            }
        }
        let height = min(max(6, rows.count + 1), max(1, screen.height - 4))
        let inner = OverlayBox(title: "Assign to", contentWidth: min(48, max(24, screen.width - 8)), contentHeight: height)
            .draw(on: screen, into: &buffer, theme: theme)
        // With nothing typed, an empty list means the groups are still on their way.
        let emptyText = picker.filter.isEmpty ? "Loading groups and agents…" : "No group or agent matches"
        PickerList(picker: picker, rows: rows, emptyText: emptyText).draw(in: inner, into: &buffer, theme: theme)
    }
}
