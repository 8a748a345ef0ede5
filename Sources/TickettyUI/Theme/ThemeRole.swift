/// A named part of the screen that a theme gives a style.
///
/// Panes never name colours: they ask the theme for a role. The raw value is the key used in
/// theme files (`[roles] selected_row = { … }`).
public enum ThemeRole: String, CaseIterable, Hashable, Sendable {
    case text
    case dim
    case border
    case borderFocused = "border_focused"
    case title
    case titleFocused = "title_focused"
    case header
    case selectedRow = "selected_row"
    case markedRow = "marked_row"
    case mark
    case pending
    case empty

    case statusNew = "status_new"
    case statusOpen = "status_open"
    case statusPending = "status_pending"
    case statusHolding = "status_holding"
    case statusSolved = "status_solved"
    case statusClosed = "status_closed"

    case priorityLow = "priority_low"
    case priorityMedium = "priority_medium"
    case priorityHigh = "priority_high"
    case priorityUrgent = "priority_urgent"

    case slaOK = "sla_ok"
    case slaSoon = "sla_soon"
    case slaBreached = "sla_breached"

    case ticketHeader = "ticket_header"
    case label
    case tag
    case customerMessage = "customer_message"
    case agentMessage = "agent_message"
    case note
    case event
    case body
    case timestamp

    case composeText = "compose_text"
    case composeHint = "compose_hint"

    case statusLine = "status_line"
    case statusAccount = "status_account"
    case statusDemo = "status_demo"
    case statusError = "status_error"
    case statusInfo = "status_info"
    case statusFilter = "status_filter"

    case menu
    case menuBorder = "menu_border"
    case menuTitle = "menu_title"
    case menuSelected = "menu_selected"
    case menuKey = "menu_key"
    case menuGroup = "menu_group"
}
