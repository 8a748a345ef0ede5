import Foundation
import TickettyCore

/// What some filter words depend on besides the ticket: the time (`is:breached`) and who the
/// agent at the keyboard is (`is:mine`).
struct FilterContext: Hashable, Sendable {
    var now: Date
    /// The configured `me`: an agent's id, or their name (compared ignoring case and accents).
    var me: String?

    /// Whether `agent` is the one `me` names. Without a `me`, nobody is.
    func isMe(_ agent: Agent) -> Bool {
        guard let me = me?.trimmingCharacters(in: .whitespaces), !me.isEmpty else { return false }
        if let id = Int(me) { return agent.id == id }
        return TextFolding.fold(agent.name) == TextFolding.fold(me)
    }
}
