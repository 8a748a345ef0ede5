import TickettyCore

// How optimistic writes and rollback fit together
// ------------------------------------------------
// A ticket on screen is its server state with every pending write touching it applied in the
// order the agent made them. Each pending write keeps in `previous` the ticket as it was just
// before it applied, and that chain is rebuilt whenever the base moves:
//
// - Server data (`ticketsLoaded`, `ticketLoaded`) newer than ours becomes the new base; the
//   pending writes are applied on top again, so an optimistic value stays visible until its
//   write settles, and each write's snapshot now holds the fresh server fields.
// - A write fails: its own snapshot becomes the base for the writes after it. Only what that
//   write changed is undone; a later pending write to the same field keeps its value on screen
//   and now rolls back to what the failed write had found.
// - A write succeeds: it is dropped, and applied into the snapshots of still-pending writes made
//   before it, so a later failure of an earlier write never undoes a confirmed one. It is also
//   kept as landed: a read that crossed the write on the wire brings the ticket as it was before
//   (its `lastUpdate` no newer than the write's snapshot), and the landed write is applied to
//   that again rather than flipping the screen back until the next refresh. Server data newer
//   than the snapshot already holds the write, and retires it for that ticket.

extension State {
    /// The tickets a ticket command applies to now.
    ///
    /// In the list: the marked tickets that the filter shows, else the selected ticket. In the
    /// timeline or compose pane: the open ticket, so reading one ticket and pressing `s` never
    /// changes a marked batch out of sight.
    public var commandTargets: [TicketID] {
        if focus == .list {
            let markedShown = visibleTicketIDs.filter(marked.contains)
            if !markedShown.isEmpty { return markedShown }
            return selectedTicketID.map { [$0] } ?? []
        }
        return (openTicketID ?? selectedTicketID).map { [$0] } ?? []
    }

    /// Applies a status, priority or assignment to ``commandTargets`` at once and sends one
    /// write for all of them.
    mutating func performOnTargets(_ makeWrite: ([TicketID]) -> Write) -> [Effect] {
        let targets = commandTargets.filter { tickets[$0] != nil }
        guard !targets.isEmpty else {
            message = StatusMessage("No ticket selected")
            return []
        }
        if focus == .list, targets.contains(where: marked.contains) {
            marked.subtract(targets)
        }
        let effects = perform(makeWrite(targets))
        recomputeVisibleTickets()
        return effects
    }

    /// Records a write as pending, shows it at once and asks the runner to send it; a reply
    /// is held for ``undoSendDelay`` first, with the status line counting down.
    mutating func perform(_ write: Write) -> [Effect] {
        let id = nextWriteID
        nextWriteID += 1
        let previous = write.ticketIDs.compactMap { tickets[$0] }
        let hold = write.isReply && undoSendDelay > 0 ? now.addingTimeInterval(undoSendDelay) : nil
        pendingWrites.append(PendingWrite(id: id, write: write, previous: previous, holdUntil: hold))
        for before in previous {
            show(write.applied(to: before))
        }
        remember(UndoRecord(writeID: id, write: write, previous: previous, madeAt: now))
        guard hold != nil else { return [.perform(write, id: id)] }
        return [.perform(write, id: id, holdUntil: hold), .scheduleClockTick(afterSeconds: 1)]
    }

    /// The write of a reply held for undo-send whose hold has not run out, if any.
    public var heldReply: PendingWrite? {
        pendingWrites.last { pending in
            pending.holdUntil.map { $0 > now } ?? false
        }
    }

    /// The server accepted a write: forget its rollback, confirm it in the status line.
    mutating func writeSucceeded(id: Int) -> [Effect] {
        guard let index = pendingWrites.firstIndex(where: { $0.id == id }) else { return [] }
        let done = pendingWrites.remove(at: index)
        for earlier in 0..<index {
            pendingWrites[earlier].previous = pendingWrites[earlier].previous.map(done.write.applied)
        }
        // A post changes no field of the ticket: nothing for a crossing read to undo.
        if case .post = done.write {} else if !done.previous.isEmpty {
            landedWrites.append(done)
            if landedWrites.count > State.landedWritesKept { landedWrites.removeFirst() }
        }
        message = StatusMessage(done.write.confirmation)
        switch done.write {
        case .post(let sent, let ticket):
            return postSucceeded(sent, on: ticket.id)
        case .delete(let ids):
            return ticketsDeleted(ids)
        case .unlinkCustomer(let id):
            // Who the ticket falls back to is the server's to say.
            return [.fetchTicket(id)]
        default:
            break
        }
        return []
    }

    /// The server refused a write: undo exactly what it changed and say why.
    mutating func writeFailed(id: Int, _ error: BackendError) -> [Effect] {
        guard let index = pendingWrites.firstIndex(where: { $0.id == id }) else { return [] }
        let failed = pendingWrites.remove(at: index)
        message = .error(error.userMessage)
        if case .create = failed.write { message = .error("Ticket not created: \(error.userMessage)") }
        if case .post(let unsent, let ticket) = failed.write {
            postFailed(unsent, on: ticket.id, error)
            return []
        }
        for before in failed.previous {
            rebase(before, fromPendingIndex: index)
        }
        recomputeVisibleTickets()
        return []
    }

    /// Takes a ticket from the server, unless ours is newer, keeping landed writes the data
    /// predates and pending writes on top.
    mutating func merge(_ incoming: Ticket) {
        if let known = tickets[incoming.id], known.lastUpdate > incoming.lastUpdate { return }
        if wasDeletedAfterReading(incoming) { return }
        rebase(reapplyingLandedWrites(to: incoming), fromPendingIndex: 0)
    }

    /// How many confirmed writes are remembered against reads that crossed them.
    static let landedWritesKept = 200

    /// Applies again the confirmed writes that `incoming` predates; retires those it includes.
    private mutating func reapplyingLandedWrites(to incoming: Ticket) -> Ticket {
        var ticket = incoming
        for index in landedWrites.indices {
            guard let before = landedWrites[index].previous.first(where: { $0.id == incoming.id }) else { continue }
            if incoming.lastUpdate <= before.lastUpdate {
                ticket = landedWrites[index].write.applied(to: ticket)
            } else {
                landedWrites[index].previous.removeAll { $0.id == incoming.id }
            }
        }
        landedWrites.removeAll { $0.previous.isEmpty }
        return ticket
    }

    /// Makes `base` the ticket before the pending writes from `start` on, re-applies those that
    /// touch it (refreshing their rollback snapshots) and shows the result.
    mutating func rebase(_ base: Ticket, fromPendingIndex start: Int) {
        var current = base
        for index in pendingWrites.indices where index >= start
            && pendingWrites[index].write.ticketIDs.contains(base.id)
        {
            pendingWrites[index].setPrevious(current)
            current = pendingWrites[index].write.applied(to: current)
        }
        show(current)
    }

    /// Puts a ticket in the list and, if it is the open one, in the timeline header.
    mutating func show(_ ticket: Ticket) {
        // An unchanged ticket (most of every refresh) must not mark the search corpus stale.
        if tickets[ticket.id] != ticket { tickets[ticket.id] = ticket }
        if openTicket?.ticket.id == ticket.id {
            openTicket?.ticket = ticket
        }
    }
}
