import Foundation
import TickettyCore

/// Work the reducer asks for, as a value; the ``EffectRunner`` performs it off the UI thread
/// and sends the outcome back as an ``Action``.
public enum Effect: Hashable, Sendable {
    /// Load a page of the ticket list. Answered by `ticketsLoaded`, `readRetrying` or
    /// `requestFailed`.
    case fetchTickets(TicketQuery)
    /// Load one ticket with its timeline. Answered by `ticketLoaded`, `readRetrying` or
    /// `requestFailed`.
    case fetchTicket(TicketID)
    /// Drop tickets the server no longer has from the local cache.
    case forgetTickets([TicketID])
    /// Read one ticket's timeline from the local cache. Answered by `cachedTicketLoaded`, or
    /// not at all when the cache has none.
    case loadCachedTicket(TicketID)
    /// Load these tickets' details in the background, in case the agent opens them next.
    /// Replaces the previous prefetch: tickets no longer in the list are dropped. Answered by
    /// `ticketPrefetched` for each (or `ticketLoaded` for one opened meanwhile).
    case prefetchTickets([TicketID])
    /// Load the account's agents. Answered by `agentsLoaded` or `requestFailed`.
    case fetchAgents
    /// Load the account's saved views. Answered by `viewsLoaded` or `requestFailed`.
    case fetchViews
    /// Find the tickets whose cached messages contain these words. Answered by
    /// `messagesMatched` with the same text (no ids when there is no message cache).
    case searchMessages(String)
    /// Record a write in the outbox, then send it (not before `holdUntil`, when set: a reply
    /// held for undo-send). Answered by `writeSucceeded` or `writeFailed` with the same id, and
    /// by `writeRetrying` each time a passing failure postpones it.
    case perform(Write, id: Int, holdUntil: Date? = nil)
    /// Send again the writes a previous run left in the outbox, in their order.
    case resumeWrites([OutboxEntry])
    /// Cancel all of these writes if none has gone out yet, else none. Answered by
    /// `writesCancelled` or `writesNotCancelled`.
    case cancelWrites([Int])
    /// Send `refreshDue` after a delay; a new schedule replaces the previous one.
    case scheduleRefresh(afterSeconds: Double)
    /// Send `clockTicked` after a delay, so SLA countdowns stay true; replaces the previous one.
    case scheduleClockTick(afterSeconds: Double)
    /// Hand text to `$EDITOR` (the app suspends the terminal). Answered by `externalEditFinished`.
    case editExternally(String)
    /// Leave the program.
    case quit
}
