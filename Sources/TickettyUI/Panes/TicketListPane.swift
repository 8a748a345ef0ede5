import Foundation
import HTMLText
import TickettyCore
import TickettyStore

/// The ticket list: one row per ticket, only the visible rows drawn.
///
/// Columns: mark, id, status, priority, SLA countdown, title, customer, assignee, last
/// update. Formatting a frame costs the rows on screen, never the length of the queue.
struct TicketListPane {
    var scroll: ListScrollState
    var calendar: Calendar

    mutating func render(_ state: State, in rect: Rect, into buffer: inout CellBuffer, theme: Theme) {
        let name = state.activeView?.view.name ?? "Tickets"
        let title = state.filter.isEmpty ? name : name + " /" + state.filter
        let count = state.visibleTicketIDs.count
        let selected = scroll.index(of: state.selectedTicketID, in: state.visibleTicketIDs)
        // "12/312", like mutt's index: where the cursor is in the list.
        let position = count == 0 ? "" : selected.map { "\($0 + 1)/\(count)" } ?? "\(count)"
        let inner = PaneFrame(title: title, focused: state.focus == .list, trailing: position).draw(in: rect, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        let rows = max(0, inner.height - 1)
        scroll.follow(selected: selected, count: count, rows: rows)
        let visible = state.visibleTicketIDs[scroll.offset..<min(count, scroll.offset + rows)]

        let idWidth = max(2, visible.map { String($0.rawValue).count }.max() ?? 2)
        let columns = ListColumns(width: inner.width, idWidth: idWidth)
        drawHeader(columns, row: inner.y, x: inner.x, width: inner.width, into: &buffer, theme: theme)

        guard count > 0 else {
            drawEmpty(state, at: Position(column: inner.x + 2, row: inner.y + 1), width: inner.width - 2, into: &buffer, theme: theme)
            return
        }
        let pending = Set(state.pendingWrites.flatMap(\.write.ticketIDs))
        for (offset, id) in visible.enumerated() {
            guard let ticket = state.tickets[id] else { continue }
            let row = RowFlags(
                selected: id == state.selectedTicketID, marked: state.marked.contains(id),
                pending: pending.contains(id))
            drawRow(ticket, flags: row, columns: columns, at: Position(column: inner.x, row: inner.y + 1 + offset),
                    width: inner.width, now: state.now, into: &buffer, theme: theme)
        }
    }

    private struct RowFlags {
        var selected: Bool
        var marked: Bool
        var pending: Bool
    }

    private func drawHeader(_ columns: ListColumns, row: Int, x: Int, width: Int, into buffer: inout CellBuffer, theme: Theme) {
        let style = theme[.header]
        buffer.fill(Rect(x: x, y: row, width: width, height: 1), style: style)
        var cells: [(String, Int)] = [("", ListColumns.markWidth), (pad("#", columns.idWidth, right: true), columns.idWidth + 1),
                                      ("Status", ListColumns.statusWidth + 1)]
        if columns.showsPriority { cells.append(("Prio", ListColumns.priorityWidth + 1)) }
        if columns.showsSLA { cells.append(("SLA", ListColumns.slaWidth + 1)) }
        cells.append(("Title", columns.titleWidth))
        if columns.showsCustomer { cells.append((" Customer", ListColumns.customerWidth + 1)) }
        if columns.showsAssignee { cells.append((" Assignee", ListColumns.assigneeWidth + 1)) }
        if columns.showsUpdated { cells.append((" Upd", ListColumns.updatedWidth + 1)) }
        var column = x
        for (text, cellWidth) in cells {
            buffer.write(text, at: Position(column: column, row: row), style: style, maxWidth: min(cellWidth, x + width - column))
            column += cellWidth
        }
    }

    private func drawRow(
        _ ticket: Ticket, flags: RowFlags, columns: ListColumns, at start: Position, width: Int, now: Date,
        into buffer: inout CellBuffer, theme: Theme
    ) {
        let base = flags.selected ? theme[.selectedRow] : flags.marked ? theme[.markedRow] : theme[.text]
        func style(_ role: ThemeRole) -> CellStyle { flags.selected ? base : theme[role] }
        buffer.fill(Rect(x: start.column, y: start.row, width: width, height: 1), style: base)
        var column = start.column
        let end = start.column + width
        func put(_ text: String, _ cellStyle: CellStyle, width cellWidth: Int, truncate: Bool = false) {
            let room = min(cellWidth, end - column)
            guard room > 0 else { return }
            let at = Position(column: column, row: start.row)
            if truncate {
                buffer.writeTruncating(text, at: at, style: cellStyle, maxWidth: room)
            } else {
                buffer.write(text, at: at, style: cellStyle, maxWidth: room)
            }
            column += cellWidth
        }
        put(flags.marked ? "*" : " ", style(.mark), width: 1)
        put(flags.pending ? "⟳" : " ", style(.pending), width: 1)
        put(pad(String(ticket.id.rawValue), columns.idWidth, right: true), base, width: columns.idWidth + 1)
        put(ticket.status.label, flags.selected ? base : theme.style(for: ticket.status), width: ListColumns.statusWidth + 1)
        if columns.showsPriority {
            put(ticket.priority.label, flags.selected ? base : theme.style(for: ticket.priority), width: ListColumns.priorityWidth + 1)
        }
        if columns.showsSLA {
            let sla = SLAText(breach: ticket.slaNextBreach, now: now)
            put(sla?.text ?? "", style(sla?.role ?? .dim), width: ListColumns.slaWidth + 1)
        }
        put(ticket.title, base, width: columns.titleWidth, truncate: true)
        if columns.showsCustomer {
            column += 1
            put(ticket.customerName, style(.text), width: ListColumns.customerWidth, truncate: true)
        }
        if columns.showsAssignee {
            column += 1
            put(ticket.assigneeName ?? "—", style(ticket.assigneeName == nil ? .dim : .text), width: ListColumns.assigneeWidth, truncate: true)
        }
        if columns.showsUpdated {
            column += 1
            put(TimeText.age(of: ticket.lastUpdate, now: now, calendar: calendar), style(.dim), width: ListColumns.updatedWidth)
        }
    }

    private func drawEmpty(_ state: State, at position: Position, width: Int, into buffer: inout CellBuffer, theme: Theme) {
        let text =
            !state.filter.isEmpty && !state.tickets.isEmpty ? "No tickets match /" + state.filter
            : state.tickets.isEmpty && isLoading(state) ? "Loading tickets…"
            : "No tickets"
        buffer.writeTruncating(text, at: position, style: theme[.empty], maxWidth: width)
    }

    private func isLoading(_ state: State) -> Bool {
        switch state.sync {
        case .idle, .syncing: true
        case .upToDate, .failed: state.listSync != nil
        }
    }

    private func pad(_ text: String, _ width: Int, right: Bool) -> String {
        let missing = width - text.count
        guard missing > 0 else { return text }
        let spaces = String(repeating: " ", count: missing)
        return right ? spaces + text : text + spaces
    }
}
