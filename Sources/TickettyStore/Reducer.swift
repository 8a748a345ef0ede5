import Foundation
import TickettyCore

/// Applies one action to the state and returns the work it asks for.
///
/// The reducer is pure: no I/O, no `Date()`, no randomness. Time comes from `state.now`
/// (moved on by `clockTicked`), and everything that talks to the outside world is returned
/// as an ``Effect`` value for the ``EffectRunner`` to perform.
///
/// ```swift
/// var state = State(accountName: "DEMO")
/// let effects = reduce(into: &state, action: .started)
/// // effects == [.fetchTickets(TicketQuery(start: 0, limit: 500)), .fetchAgents,
/// //             .scheduleClockTick(afterSeconds: 60)]
/// ```
///
/// The work is split by concern over `Reducer+List`, `+Timeline`, `+Compose`, `+Writes`,
/// `+Menus`, `+Sync` and `+Back`.
public func reduce(into state: inout State, action: Action) -> [Effect] {
    switch action {
    case .started:
        return state.start()
    case .command(let command):
        return state.handle(command)
    case .edit(let edit):
        return state.handle(edit)
    case .viewportChanged(let listRows, let timelineRows):
        state.listRows = max(1, listRows)
        state.timelineRows = max(1, timelineRows)
        state.clampTimelineScroll()
        return []
    case .timelineLaidOut(let lines):
        state.timelineLineCount = max(0, lines)
        state.clampTimelineScroll()
        return []
    case .ticketsLoaded(let page, let query):
        return state.ticketsLoaded(page, for: query)
    case .ticketLoaded(let detail):
        return state.ticketLoaded(detail)
    case .cacheLoaded(let data):
        return state.cacheLoaded(data)
    case .cachedTicketLoaded(let detail):
        return state.cachedTicketLoaded(detail)
    case .agentsLoaded(let agents):
        state.agents = agents
        state.agentsWanted = false
        return []
    case .ticketPrefetched(let detail):
        return state.ticketPrefetched(detail)
    case .viewsLoaded(let views):
        return state.viewsLoaded(views)
    case .messagesMatched(let text, let ids):
        return state.messagesMatched(filter: text, ids: ids)
    case .requestFailed(let request, let error):
        return state.requestFailed(request, error)
    case .readRetrying(let request, let error, let retryAt):
        return state.readRetrying(request, error, retryAt: retryAt)
    case .ticketCreated(let ticket, let writeID):
        return state.ticketCreated(ticket, writeID: writeID)
    case .writeSucceeded(let id):
        return state.writeSucceeded(id: id)
    case .writeFailed(let id, let error):
        return state.writeFailed(id: id, error)
    case .writeRetrying(let id, let error, let retryAt):
        return state.writeRetrying(id: id, error, retryAt: retryAt)
    case .writesCancelled(let ids):
        return state.writesCancelled(ids)
    case .writesNotCancelled(let ids):
        return state.writesNotCancelled(ids)
    case .outboxRestored(let entries):
        return state.outboxRestored(entries)
    case .draftsRestored(let drafts):
        return state.draftsRestored(drafts)
    case .localStoreFailed(let what):
        state.message = .error(what)
        return []
    case .refreshDue:
        return state.refresh()
    case .keyPressed(let date):
        return state.keyPressed(at: date)
    case .focusChanged(let focused, let date):
        return state.focusChanged(focused, at: date)
    case .searchCorpusBuilt(let prebuilt):
        state.searchIndex.install(prebuilt)
        return []
    case .clockTicked(let date):
        state.now = date
        // `is:breached` means "due by now", so the list follows the clock.
        if TicketFilter(state.filter).dependsOnTime { state.recomputeVisibleTickets() }
        // Every second while a held reply counts down in the status line, else every minute.
        return [.scheduleClockTick(afterSeconds: state.heldReply == nil ? State.clockTickInterval : 1)]
    case .externalEditFinished(let text):
        return state.externalEditFinished(text)
    }
}

extension State {
    /// Routes a command to whatever has the keyboard: an overlay first, then the filter being
    /// typed, then the focused pane.
    mutating func handle(_ command: Command) -> [Effect] {
        if overlay != nil, let effects = handleInOverlay(command) { return effects }
        if isEditingFilter, let effects = handleWhileFiltering(command) { return effects }
        switch command {
        case .moveUp, .moveDown, .moveToFirst, .moveToLast, .pageUp, .pageDown:
            switch focus {
            case .list:
                let before = selectedTicketID
                moveSelection(command)
                return selectedTicketID == before ? [] : prefetchBelowCursor()
            case .timeline: scrollTimeline(command)
            case .compose: moveComposeCursor(command)
            }
            return []
        case .openSelected, .confirmSelection:
            return focus == .list ? openSelected() : []
        case .openTicket(let id):
            // A ticket the list lacks joins it when its detail arrives (see `ticketLoaded`).
            selectedTicketID = id
            return openSelected()
        case .cycleFocus:
            cycleFocus()
            return []
        case .back:
            return back()
        case .openStatusMenu, .openPriorityMenu, .openAssignPicker, .showHelp:
            return openOverlay(for: command)
        case .setStatus(let status):
            return performOnTargets { .setStatus(status, $0) }
        case .setPriority(let priority):
            return performOnTargets { .setPriority(priority, $0) }
        case .assign(let assignee):
            return performOnTargets { .assign(assignee, $0) }
        case .toggleMark:
            toggleMark()
            return []
        case .undo:
            return undo()
        case .openTagPrompt:
            openTagPrompt()
            return []
        case .updateTags(let adding, let removing):
            return performOnTargets { .updateTags(adding: adding, removing: removing, $0) }
        case .editTitle:
            editTitle()
            return []
        case .setTitle(let title):
            return setTitle(title)
        case .startCreate:
            startCreate()
            return []
        case .deleteTickets:
            askToDelete()
            return []
        case .unlinkCustomer:
            askToUnlinkCustomer()
            return []
        case .startReply:
            return startCompose(.reply)
        case .startNote:
            return startCompose(.note)
        case .sendCompose:
            return sendCompose()
        case .editComposeExternally:
            return editComposeExternally()
        case .cancelCompose:
            cancelCompose()
            return []
        case .startFilter:
            startFilter()
            return []
        case .refreshNow:
            return refresh()
        case .openViewPicker:
            return openViewPicker()
        case .applyView(let name):
            return applyView(named: name)
        case .startCommandLine:
            startCommandLine()
            return []
        case .completeCommandLine:
            return []
        case .quit:
            return quit()
        }
    }

    /// Routes typed text to the field that takes it now; keys typed where no field is open
    /// are dropped.
    mutating func handle(_ edit: TextEdit) -> [Effect] {
        if overlay != nil { return editInOverlay(edit) }
        if isEditingFilter { return editFilter(edit) }
        if focus == .compose, compose != nil {
            compose?.apply(edit)
            return []
        }
        return []
    }
}
