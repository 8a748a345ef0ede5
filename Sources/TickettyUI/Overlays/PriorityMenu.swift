import TickettyCore
import TickettyStore

/// The `p` menu: l m h u, one letter per priority.
enum PriorityMenu {
    static func menu(for state: State) -> LetterMenu {
        LetterMenu(title: "Priority", state: state, values: TicketPriority.allCases, current: \.priority,
                   key: \.menuKey, label: \.label, role: ThemeRole.priority)
    }
}
