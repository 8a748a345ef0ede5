import TickettyCore

extension ThemeRole {
    /// The role that colours a ticket status.
    public static func status(_ status: TicketStatus) -> ThemeRole {
        switch status {
        case .new: .statusNew
        case .open: .statusOpen
        case .pending: .statusPending
        case .holding: .statusHolding
        case .solved: .statusSolved
        case .closed: .statusClosed
        }
    }

    /// The role that colours a ticket priority.
    public static func priority(_ priority: TicketPriority) -> ThemeRole {
        switch priority {
        case .low: .priorityLow
        case .medium: .priorityMedium
        case .high: .priorityHigh
        case .urgent: .priorityUrgent
        }
    }
}
