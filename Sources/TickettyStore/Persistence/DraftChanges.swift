import TickettyCore

/// How the drafts changed with one action: which to save and which to forget on disk.
public struct DraftChanges: Hashable, Sendable {
    public var saved: [Draft]
    public var removed: [DraftKey]

    public var isEmpty: Bool { saved.isEmpty && removed.isEmpty }

    /// The difference between the drafts of two states (see ``State/allDrafts``).
    public static func between(_ old: State, _ new: State) -> DraftChanges {
        // Most actions touch no draft; this check keeps them from comparing dictionaries.
        if old.compose == new.compose, old.drafts == new.drafts, old.noteDrafts == new.noteDrafts {
            return DraftChanges(saved: [], removed: [])
        }
        let before = old.allDrafts
        let after = new.allDrafts
        return DraftChanges(
            saved: after.values.filter { before[$0.key] != $0 }.sorted { $0.ticketID < $1.ticketID },
            removed: before.keys.filter { after[$0] == nil }.sorted { $0.ticketID < $1.ticketID })
    }
}

extension State {
    /// Every draft worth keeping, by key: the kept ones and the one in the compose pane
    /// (drafts with nothing but blanks are not worth a file write).
    public var allDrafts: [DraftKey: Draft] {
        var all: [DraftKey: Draft] = [:]
        for draft in drafts.values { all[draft.key] = draft }
        for draft in noteDrafts.values { all[draft.key] = draft }
        if let compose { all[compose.key] = compose }
        return all.filter { $0.value.text.contains(where: { !$0.isWhitespace }) }
    }
}
