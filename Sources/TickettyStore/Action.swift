import Foundation
import TickettyCore

/// Something that happened: the agent asked for something, or the outside world answered.
///
/// Actions are named for what happened (`ticketsLoaded`, `writeFailed`); the reducer decides
/// what it means for the state.
public enum Action: Hashable, Sendable {
    /// The program started: load what the screen needs.
    case started
    /// The agent asked for a command (by key, menu or command line).
    case command(Command)
    /// The agent typed into whatever takes text now: the compose pane, the filter, a picker.
    case edit(TextEdit)
    /// The layout changed: how many rows the list and the timeline have.
    case viewportChanged(listRows: Int, timelineRows: Int)
    /// The UI laid out the open ticket's timeline in this many lines (sent when it changes), so
    /// scrolling stops at the last line instead of running past it.
    case timelineLaidOut(lines: Int)

    case ticketsLoaded(TicketPage, TicketQuery)
    case ticketLoaded(TicketDetail)
    /// At start, a slice of the local cache (sent before `started`, then in chunks).
    case cacheLoaded(CachedData)
    /// The open ticket's timeline as the local cache had it.
    case cachedTicketLoaded(TicketDetail)
    case agentsLoaded([Agent])
    /// A ticket's detail loaded in the background because the cursor rested near it; it
    /// does not open the ticket.
    case ticketPrefetched(TicketDetail)
    /// The account's saved views arrived.
    case viewsLoaded([SavedView])
    /// The local message cache found these tickets for the filter's plain words `filter`
    /// (the text of the `searchMessages` effect it answers).
    case messagesMatched(filter: String, ids: Set<TicketID>)
    /// A read failed for good: an error a retry cannot fix, or passing trouble that lasted.
    case requestFailed(ReadRequest, BackendError)
    /// A read failed for a passing reason (5xx, timeout, 429); the read queue tries it again
    /// at `retryAt`.
    case readRetrying(ReadRequest, BackendError, retryAt: Date)
    /// A create write made this ticket; sent just before that write's `writeSucceeded`.
    case ticketCreated(Ticket, writeID: Int)
    case writeSucceeded(id: Int)
    case writeFailed(id: Int, BackendError)
    /// A write failed in a way that may pass (5xx, 429, no connection); it stays in the outbox
    /// and is tried again at `retryAt`.
    case writeRetrying(id: Int, BackendError, retryAt: Date)
    /// These writes were cancelled before any of them went out.
    case writesCancelled([Int])
    /// Too late to cancel these writes: at least one has gone out.
    case writesNotCancelled([Int])
    /// At start: the writes the last run left unanswered in the outbox.
    case outboxRestored([OutboxEntry])
    /// At start: the drafts saved on disk.
    case draftsRestored([Draft])
    /// The local database failed; the message says what no longer survives a crash.
    case localStoreFailed(String)

    /// The refresh timer fired.
    case refreshDue
    /// The agent pressed a key at this time (sent before the key's own actions): moves the
    /// clock on and records the agent as active.
    case keyPressed(at: Date)
    /// The terminal gained (`true`) or lost focus at this time (focus reporting); the
    /// background refresh slows while it is unfocused.
    case focusChanged(Bool, at: Date)
    /// The filter's search corpus, built in the background after the tickets changed.
    case searchCorpusBuilt(PrebuiltCorpus)
    /// The clock moved on (drives SLA countdowns).
    case clockTicked(Date)
    /// `$EDITOR` returned this text, or `nil` if it failed or was aborted.
    case externalEditFinished(String?)
}

/// Which read failed, so the reducer knows what to mark as stale or retry.
public enum ReadRequest: Hashable, Sendable {
    case tickets(TicketQuery)
    case ticket(TicketID)
    case agents
    case views
}

/// An editing key for the field that takes text.
public enum TextEdit: Hashable, Sendable {
    case insert(String)
    case newline
    case deleteBackward
    case deleteForward
    case moveLeft, moveRight
    case moveUp, moveDown
    case moveToLineStart, moveToLineEnd
}
