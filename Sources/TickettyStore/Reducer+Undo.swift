import Foundation
import TickettyCore

// How `u` works
// -------------
// Every write the agent makes is remembered for ``State/undoWindow`` seconds. `u` takes back
// the newest one still in the window, at once on screen, whatever the network does:
//
// - A reply or note: cancelled if it has not gone out (a reply is held for `undoSendDelay`
//   for exactly this); the text goes back into the compose pane. Once sent it cannot be
//   taken back, and the status line says so.
// - A status, priority, assignment, tags or title change: its inverse writes (see
//   `Write.inverse(restoring:)`) are made like any other
//   write, so the screen shows the old values at once, and the runner is asked to cancel the
//   original together with its inverse. If the original had not gone out, both vanish and the
//   server never hears of either; if it had, the inverse follows it to the server, in order.
// - A create, delete or unlink: nothing to send back ("That cannot be undone").

extension State {
    /// How many actions `u` can go back at most.
    static let undoDepth = 50

    /// Remembers a write for `u`, forgetting those that left the window.
    mutating func remember(_ record: UndoRecord) {
        undoHistory.removeAll { now.timeIntervalSince($0.madeAt) > undoWindow }
        undoHistory.append(record)
        if undoHistory.count > State.undoDepth { undoHistory.removeFirst(undoHistory.count - State.undoDepth) }
    }

    /// `u`: takes back the newest action still within the undo window.
    mutating func undo() -> [Effect] {
        undoHistory.removeAll { now.timeIntervalSince($0.madeAt) > undoWindow }
        guard let record = undoHistory.popLast() else {
            message = StatusMessage("Nothing to undo")
            return []
        }
        if case .post(let message, _) = record.write {
            guard pendingWrites.contains(where: { $0.id == record.writeID }) else {
                self.message = .error("Too late to undo: the \(message.kind == .reply ? "reply" : "note") has gone out")
                return []
            }
            return [.cancelWrites([record.writeID])]
        }
        let inverse = record.write.inverse(restoring: record.previous)
        guard !inverse.isEmpty else {
            message = StatusMessage("That cannot be undone")
            return []
        }
        let firstInverseID = nextWriteID
        var effects: [Effect] = []
        for write in inverse {
            effects += performWithoutRemembering(write)
        }
        recomputeVisibleTickets()
        let restored = inverse.count == 1
            ? inverse[0].confirmation.lowercasedFirst
            : "\(record.write.ticketIDs.count) tickets restored"
        message = StatusMessage("Undone: \(restored)")
        let ids = [record.writeID] + Array(firstInverseID..<nextWriteID)
        // Only worth asking while the original is still pending; else the inverse simply runs.
        if pendingWrites.contains(where: { $0.id == record.writeID }) {
            effects.append(.cancelWrites(ids))
        }
        return effects
    }

    /// Makes a write that `u` itself must not offer to undo (the inverse of an undo).
    private mutating func performWithoutRemembering(_ write: Write) -> [Effect] {
        let history = undoHistory
        let effects = perform(write)
        undoHistory = history
        return effects
    }
}

extension String {
    /// "Status set to Solved" → "status set to Solved", for "Undone: status set to Solved".
    fileprivate var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
