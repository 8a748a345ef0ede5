import TickettyCore
import TickettyStore

/// The `s` menu: n o p h s c, one letter per status.
enum StatusMenu {
    static func menu(for state: State) -> LetterMenu {
        LetterMenu(title: "Status", state: state, values: TicketStatus.allCases, current: \.status,
                   key: \.menuKey, label: \.label, role: ThemeRole.status)
    }
}
