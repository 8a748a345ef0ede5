import Foundation
import TickettyCore

extension State {
    /// The outbox of the last run: each write shows again as pending and is sent again, in
    /// its order. Ids go on from the highest kept, so old and new writes never share one.
    mutating func outboxRestored(_ entries: [OutboxEntry]) -> [Effect] {
        let restored = entries
            .filter { entry in !pendingWrites.contains { $0.id == entry.id } }
            .sorted { $0.id < $1.id }
        guard !restored.isEmpty else { return [] }
        for entry in restored {
            let previous = entry.write.ticketIDs.compactMap { tickets[$0] }
            pendingWrites.append(PendingWrite(id: entry.id, write: entry.write, previous: previous))
            for before in previous {
                show(entry.write.applied(to: before))
            }
        }
        nextWriteID = max(nextWriteID, (restored.map(\.id).max() ?? 0) + 1)
        recomputeVisibleTickets()
        message = StatusMessage(restored.count == 1
            ? "1 write left from the last session: sending it"
            : "\(restored.count) writes left from the last session: sending them")
        return [.resumeWrites(restored)]
    }

    /// A passing failure postponed a write: it stays on screen and in the outbox.
    mutating func writeRetrying(id: Int, _ error: BackendError, retryAt: Date) -> [Effect] {
        guard let index = pendingWrites.firstIndex(where: { $0.id == id }) else { return [] }
        pendingWrites[index].retryAt = retryAt
        let seconds = max(1, Int(retryAt.timeIntervalSince(now).rounded(.up)))
        let waiting = pendingWrites.count == 1 ? "1 write waits" : "\(pendingWrites.count) writes wait"
        message = .error("\(error.userMessage) — \(waiting), retrying in \(seconds) s")
        return []
    }

    /// Writes cancelled before they went out (undo): they vanish from the screen; a reply goes
    /// back into the compose pane, word for word.
    mutating func writesCancelled(_ ids: [Int]) -> [Effect] {
        for id in ids {
            guard let index = pendingWrites.firstIndex(where: { $0.id == id }) else { continue }
            let cancelled = pendingWrites.remove(at: index)
            if case .post(let unsent, let ticket) = cancelled.write {
                restoreUnsent(unsent, on: ticket.id)
                continue
            }
            for before in cancelled.previous {
                rebase(before, fromPendingIndex: index)
            }
        }
        recomputeVisibleTickets()
        return []
    }

    /// Too late to cancel: a reply has gone out (the inverse of any other write follows it).
    mutating func writesNotCancelled(_ ids: [Int]) -> [Effect] {
        let replies = pendingWrites.filter { ids.contains($0.id) && $0.write.isReply }
        if !replies.isEmpty {
            message = .error("Too late to undo: the reply has gone out")
        }
        return []
    }

    /// Drafts saved by an earlier run come back, unless the agent is already writing one.
    mutating func draftsRestored(_ restored: [Draft]) -> [Effect] {
        for draft in restored where draft.text.contains(where: { !$0.isWhitespace }) {
            if compose?.key == draft.key || savedDraft(for: draft.ticketID, kind: draft.kind) != nil { continue }
            keepDraft(draft)
        }
        return []
    }

    /// Puts a reply or note that was taken back into the compose pane, as it was sent.
    private mutating func restoreUnsent(_ unsent: OutgoingMessage, on id: TicketID) {
        let restored = Draft(ticketID: id, kind: unsent.kind, text: unsent.text, cursor: unsent.text.count)
        if let open = compose, open.key != restored.key {
            keepDraft(open)
        }
        dropDraft(for: id, kind: unsent.kind)
        compose = restored
        focus = .compose
        message = StatusMessage(unsent.kind == .reply ? "Reply not sent: it is back in the compose pane" : "Note not added: it is back in the compose pane")
    }
}
