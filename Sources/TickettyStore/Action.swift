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
    case agentsLoaded([Agent])
    /// A read failed.
    case requestFailed(ReadRequest, BackendError)
    case writeSucceeded(id: Int)
    case writeFailed(id: Int, BackendError)

    /// The refresh timer fired.
    case refreshDue
    /// The agent pressed a key at this time (sent before the key's own actions): moves the
    /// clock on and records the agent as active.
    case keyPressed(at: Date)
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
