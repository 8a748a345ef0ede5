import TickettyCore

/// Work the reducer asks for, as a value; the ``EffectRunner`` performs it off the UI thread
/// and sends the outcome back as an ``Action``.
public enum Effect: Hashable, Sendable {
    /// Load a page of the ticket list. Answered by `ticketsLoaded` or `requestFailed`.
    case fetchTickets(TicketQuery)
    /// Load one ticket with its timeline. Answered by `ticketLoaded` or `requestFailed`.
    case fetchTicket(TicketID)
    /// Load the account's agents. Answered by `agentsLoaded` or `requestFailed`.
    case fetchAgents
    /// Send a write. Answered by `writeSucceeded` or `writeFailed` with the same id.
    case perform(Write, id: Int)
    /// Send `refreshDue` after a delay; a new schedule replaces the previous one.
    case scheduleRefresh(afterSeconds: Double)
    /// Send `clockTicked` after a delay, so SLA countdowns stay true; replaces the previous one.
    case scheduleClockTick(afterSeconds: Double)
    /// Hand text to `$EDITOR` (the app suspends the terminal). Answered by `externalEditFinished`.
    case editExternally(String)
    /// Leave the program.
    case quit
}
