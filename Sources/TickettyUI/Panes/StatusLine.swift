import Foundation
import HTMLText
import TickettyCore
import TickettyStore

/// The last row: account, counts and sync state on the left; the last message and the filter
/// being typed on the right.
struct StatusLine {
    var calendar: Calendar
    let keymap: Keymap

    func render(_ state: State, in rect: Rect, into buffer: inout CellBuffer, theme: Theme) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: theme[.statusLine])
        var column = rect.x
        let account = state.isDemo ? " DEMO " : " " + state.accountName + " "
        column += buffer.writeTruncating(account, at: Position(column: column, row: rect.y),
                                         style: theme[state.isDemo ? .statusDemo : .statusAccount], maxWidth: min(24, rect.width))

        var right: [StyledSpan] = []
        if let held = state.heldReply, let until = held.holdUntil {
            // The countdown replaces any other message: it is the one thing that can still be
            // taken back, and only for these seconds.
            let seconds = max(1, Int(until.timeIntervalSince(state.now).rounded(.up)))
            let undoKey = keymap.keyLabel(for: .undo, in: state.focus)?.split(separator: "/").first.map(String.init) ?? ":undo"
            right.append(StyledSpan(" sending in \(seconds) s — \(undoKey) to undo ", .statusInfo))
        } else if let message = state.message {
            right.append(StyledSpan(" " + message.text + " ", message.severity == .error ? .statusError : .statusInfo))
        }
        if state.isEditingFilter {
            right.append(StyledSpan(" /" + state.filter + "▏", .statusFilter))
        }
        let summary = " " + facts(state).joined(separator: " · ")
        if right.isEmpty, let key = keymap.keyLabel(for: .showHelp, in: state.focus)?.split(separator: "/").first {
            // Like lazygit's footer: with nothing to report, say where the keys are explained,
            // when that fits beside the summary.
            let hint = " " + key + " help "
            if DisplayWidth.of(summary) + DisplayWidth.of(hint) <= rect.maxX - column {
                right.append(StyledSpan(hint, .statusLine))
            }
        }
        let rightWidth = right.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let room = max(0, rect.maxX - column - min(rightWidth, rect.maxX - column))
        column += buffer.writeTruncating(summary, at: Position(column: column, row: rect.y), style: theme[.statusLine], maxWidth: room)

        // The message and filter keep their right end; when short of room their start is cut.
        let start = max(column, rect.maxX - rightWidth)
        var x = start
        for span in right {
            x += buffer.writeTruncating(span.text, at: Position(column: x, row: rect.y), style: theme[span.role], maxWidth: rect.maxX - x)
        }
    }

    /// "312 tickets", "3 marked", "2 pending", the sync state.
    private func facts(_ state: State) -> [String] {
        var facts = ["\(state.visibleTicketIDs.count) " + (state.visibleTicketIDs.count == 1 ? "ticket" : "tickets")]
        if !state.marked.isEmpty { facts.append("\(state.marked.count) marked") }
        if !state.pendingWrites.isEmpty {
            // "waiting" once the server failed them: they sit in the outbox until it is back.
            let waiting = state.pendingWrites.contains { $0.retryAt != nil }
            facts.append("\(state.pendingWrites.count) " + (waiting ? "waiting" : "pending"))
        }
        if !state.isEditingFilter, !state.filter.isEmpty { facts.append("/" + state.filter) }
        if let sync = syncText(state) { facts.append(sync) }
        return facts
    }

    private func syncText(_ state: State) -> String? {
        switch state.sync {
        case .idle:
            return nil
        case .syncing(let loaded, let total):
            // "syncing 12,400/100,000": a first sync of a big account counts up visibly.
            let count = { (number: Int) in number.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US"))) }
            return total.map { "syncing \(count(loaded))/\(count($0))" } ?? "syncing \(count(loaded))"
        case .upToDate(let date):
            return "updated " + TimeText.clock(date, calendar: calendar)
        case .failed(let error, let retryAt):
            // Counted from `state.now`, which moves on with clock ticks and keys: no timer
            // runs just to animate the countdown.
            let retry = retryAt.map { retryAt in
                let seconds = Int(retryAt.timeIntervalSince(state.now).rounded(.up))
                return seconds > 0 ? "retrying in \(seconds) s" : "retrying"
            }
            let summary = Self.isOffline(error) ? "offline" : retry == nil ? "sync failed" : nil
            return [summary, retry].compactMap { $0 }.joined(separator: " · ")
        }
    }

    /// Whether the server could not be reached at all, as opposed to answering with an error.
    private static func isOffline(_ error: BackendError) -> Bool {
        switch error {
        case .timeout, .transport: true
        default: false
        }
    }
}
