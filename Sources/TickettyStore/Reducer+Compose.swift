import TickettyCore

extension State {
    /// The ticket a reply or note goes to: in the list the selected one, elsewhere the open one.
    var composeTarget: TicketID? {
        focus == .list ? (selectedTicketID ?? openTicketID) : (openTicketID ?? selectedTicketID)
    }

    /// The kept draft of one kind for a ticket, if any.
    public func savedDraft(for id: TicketID, kind: OutgoingMessage.Kind) -> Draft? {
        kind == .reply ? drafts[id] : noteDrafts[id]
    }

    /// Whether a reply or note draft is kept for the ticket (the list can mark it).
    public func hasDraft(_ id: TicketID) -> Bool {
        drafts[id] != nil || noteDrafts[id] != nil || compose?.ticketID == id
    }

    mutating func keepDraft(_ draft: Draft) {
        switch draft.kind {
        case .reply: drafts[draft.ticketID] = draft
        case .note: noteDrafts[draft.ticketID] = draft
        }
    }

    mutating func dropDraft(for id: TicketID, kind: OutgoingMessage.Kind) {
        switch kind {
        case .reply: drafts[id] = nil
        case .note: noteDrafts[id] = nil
        }
    }

    /// `r` / `n`: opens compose on the target ticket with its kept draft of that kind, or a new one.
    mutating func startCompose(_ kind: OutgoingMessage.Kind) -> [Effect] {
        guard let id = composeTarget else {
            message = StatusMessage("No ticket selected")
            return []
        }
        if let current = compose, current.ticketID != id || current.kind != kind {
            stashCompose()
        }
        if compose == nil {
            compose = savedDraft(for: id, kind: kind) ?? Draft(ticketID: id, kind: kind)
            dropDraft(for: id, kind: kind)
        }
        focus = .compose
        return []
    }

    /// Esc in compose: closes it and keeps the draft for next time (an empty one is dropped).
    mutating func cancelCompose() {
        guard compose != nil else { return }
        stashCompose()
        focus = openTicketID != nil ? .timeline : .list
    }

    /// Moves the open draft into the kept drafts.
    private mutating func stashCompose() {
        guard let draft = compose else { return }
        compose = nil
        if draft.text.contains(where: { !$0.isWhitespace }) { keepDraft(draft) }
    }

    /// Sends the draft as one write. The draft stays kept until the server confirms, so a
    /// failed send never loses a word.
    mutating func sendCompose() -> [Effect] {
        guard let draft = compose else { return [] }
        guard draft.text.contains(where: { !$0.isWhitespace }) else {
            message = .error("Nothing to send: the \(draft.kind == .reply ? "reply" : "note") is empty")
            return []
        }
        let outgoing = OutgoingMessage(kind: draft.kind, text: draft.text)
        let alreadySending = pendingWrites.contains {
            if case .post(outgoing, let ticket) = $0.write { ticket.id == draft.ticketID } else { false }
        }
        if alreadySending {
            message = StatusMessage("Already sending this \(draft.kind == .reply ? "reply" : "note")")
            return []
        }
        guard let ticket = tickets[draft.ticketID] ?? openTicket?.ticket else {
            message = .error("Ticket \(draft.ticketID) is not loaded")
            return []
        }
        compose = nil
        keepDraft(draft)
        focus = openTicketID != nil ? .timeline : .list
        message = StatusMessage(draft.kind == .reply ? "Sending reply…" : "Adding note…")
        return perform(.post(outgoing, ticket))
    }

    /// The post went through: the kept draft is done with, unless the agent changed it since.
    mutating func postSucceeded(_ sent: OutgoingMessage, on id: TicketID) -> [Effect] {
        if savedDraft(for: id, kind: sent.kind)?.text == sent.text {
            dropDraft(for: id, kind: sent.kind)
        }
        if let open = compose, open.ticketID == id, open.kind == sent.kind, open.text == sent.text {
            compose = nil
            if focus == .compose { focus = openTicketID != nil ? .timeline : .list }
        }
        // Show the new message on the timeline.
        return id == openTicketID ? [.fetchTicket(id)] : []
    }

    /// The post failed: make sure its text is kept as a draft, unless a draft of that kind is
    /// already there (then it is the same text, or the agent's newer version of it).
    mutating func postFailed(_ unsent: OutgoingMessage, on id: TicketID, _ error: BackendError) {
        let kindName = unsent.kind == .reply ? "Reply" : "Note"
        message = .error("\(kindName) not sent: \(error.userMessage) (draft kept)")
        let isOpen = compose.map { $0.ticketID == id && $0.kind == unsent.kind } ?? false
        if !isOpen, savedDraft(for: id, kind: unsent.kind) == nil {
            keepDraft(Draft(ticketID: id, kind: unsent.kind, text: unsent.text, cursor: unsent.text.count))
        }
    }

    /// Moving commands in compose move the cursor by lines, never the list behind it.
    mutating func moveComposeCursor(_ command: Command) {
        guard var draft = compose else { return }
        switch command {
        case .moveUp: draft.apply(.moveUp)
        case .moveDown: draft.apply(.moveDown)
        case .moveToFirst: draft.cursor = 0
        case .moveToLast: draft.cursor = draft.text.count
        default: return
        }
        compose = draft
    }

    /// Hands the draft to `$EDITOR`.
    mutating func editComposeExternally() -> [Effect] {
        guard let draft = compose else {
            message = StatusMessage("Start a reply or note first")
            return []
        }
        return [.editExternally(draft.text)]
    }

    /// `$EDITOR` came back: its text replaces the draft; if it failed the draft stays as it was.
    mutating func externalEditFinished(_ text: String?) -> [Effect] {
        guard compose != nil else { return [] }
        guard let text else {
            message = .error("The editor failed; the draft is unchanged")
            return []
        }
        var edited = Draft.sanitized(text)
        // Editors end files with a newline the agent did not mean to send.
        while edited.last == "\n" { edited.removeLast() }
        compose?.text = edited
        compose?.cursor = edited.count
        focus = .compose
        return []
    }
}
