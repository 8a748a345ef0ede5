import Foundation
import TickettyCore

extension State {
    /// Seconds between clock ticks, which keep SLA countdowns true.
    static let clockTickInterval: Double = 60

    /// The row of the selected ticket in the visible list.
    public var selectedIndex: Int? {
        selectedTicketID.flatMap { visibleTicketIDs.firstIndex(of: $0) }
    }

    /// Moves the list cursor; paging moves by the rows the list shows.
    mutating func moveSelection(_ command: Command) {
        guard !visibleTicketIDs.isEmpty else { return }
        let last = visibleTicketIDs.count - 1
        let current = selectedIndex ?? 0
        let page = max(1, listRows)
        let target: Int
        switch command {
        case .moveUp: target = current - 1
        case .moveDown: target = current + 1
        case .moveToFirst: target = 0
        case .moveToLast: target = last
        case .pageUp: target = current - page
        case .pageDown: target = current + page
        default: return
        }
        selectedTicketID = visibleTicketIDs[min(max(target, 0), last)]
    }

    /// Rebuilds the visible list from `tickets` and the filter, most recently updated first,
    /// leaving out tickets a pending delete hides, and keeps the cursor on the same ticket; if
    /// that ticket is gone, on the same row.
    mutating func recomputeVisibleTickets() {
        let oldIndex = selectedIndex
        let filter = TicketFilter(self.filter)
        let deleting = ticketsBeingDeleted
        let joined = filterSearch.text == filter.plainText ? filterSearch.joined : []
        var visible: [TicketID]
        if filter.isEmpty {
            visible = searchIndex.allIDs(of: tickets)
        } else {
            let context = FilterContext(now: now, me: me)
            visible = searchIndex.matchingIDs(of: tickets, filter: filter, context: context, joined: joined)
        }
        if !deleting.isEmpty { visible.removeAll { deleting.contains($0) } }
        if let view = activeView?.ids { visible.removeAll { !view.contains($0) } }
        visibleTicketIDs = visible
        if let selected = selectedTicketID, visibleTicketIDs.contains(selected) { return }
        if visibleTicketIDs.isEmpty {
            selectedTicketID = nil
        } else {
            selectedTicketID = visibleTicketIDs[min(oldIndex ?? 0, visibleTicketIDs.count - 1)]
        }
    }

    /// `/`: keys now go to the filter, which narrows the list as it is typed.
    mutating func startFilter() {
        focus = .list
        isEditingFilter = true
    }

    /// Commands that mean something special while the filter is being typed; `nil` lets the
    /// command through (moving the cursor over the narrowed list, for instance).
    mutating func handleWhileFiltering(_ command: Command) -> [Effect]? {
        switch command {
        case .confirmSelection:
            isEditingFilter = false
            return searchServer()
        case .openSelected:
            isEditingFilter = false
            return nil
        default:
            return nil
        }
    }

    /// Edits the filter text; Enter (a newline) keeps it and asks the server for more.
    mutating func editFilter(_ edit: TextEdit) -> [Effect] {
        if edit == .newline {
            isEditingFilter = false
            return searchServer()
        }
        let before = TicketFilter(filter).problem
        guard filter.applyFieldEdit(edit) else { return [] }
        let effects = filterWordsEdited()
        recomputeVisibleTickets()
        showFilterProblem(replacing: before)
        return effects
    }

    /// Puts what is wrong with the filter (`status:bogus`) or what a field takes (`status:`) in
    /// the status line, and takes it away once the filter reads well again.
    mutating func showFilterProblem(replacing before: StatusMessage?) {
        let problem = TicketFilter(filter).problem
        guard problem != before else { return }
        if let problem {
            message = problem
        } else if let before, message == before {
            message = nil
        }
    }

    /// Esc on the filter: drop it and show every ticket again.
    mutating func clearFilter() {
        isEditingFilter = false
        guard !filter.isEmpty else { return }
        filter = ""
        _ = filterWordsEdited()
        recomputeVisibleTickets()
    }

    /// Space: marks or unmarks the selected ticket and moves down, like mutt's tagging.
    mutating func toggleMark() {
        guard focus == .list, let id = selectedTicketID else { return }
        if marked.contains(id) { marked.remove(id) } else { marked.insert(id) }
        moveSelection(.moveDown)
    }
}
