import Foundation
import HTMLText
import TickettyCore
import TickettyStore

/// The open ticket: a header (title, customer, channel, status, priority, assignment, tags,
/// SLA) and its timeline, scrolled by `state.timelineScroll`.
struct TimelinePane {
    let cache: TimelineLayoutCache
    var calendar: Calendar

    /// Draws the pane; returns how many lines the whole timeline has (`nil` while none is shown).
    func render(_ state: State, in rect: Rect, into buffer: inout CellBuffer, theme: Theme) -> Int? {
        let ticket = state.openTicketID.flatMap { state.tickets[$0] ?? (state.openTicket?.ticket.id == $0 ? state.openTicket?.ticket : nil) }
        let title = state.openTicketID.map { "Ticket #\($0)" } ?? "Timeline"
        let frameRow = rect.prefix(rows: 1)
        let inner = rect.droppingTop(1)
        guard !inner.isEmpty else {
            _ = PaneFrame(title: title, focused: state.focus == .timeline).draw(in: frameRow, into: &buffer, theme: theme)
            return nil
        }
        guard let id = state.openTicketID else {
            _ = PaneFrame(title: title, focused: state.focus == .timeline).draw(in: frameRow, into: &buffer, theme: theme)
            buffer.writeTruncating("Enter on a ticket shows its timeline", at: Position(column: inner.x + 2, row: inner.y),
                                   style: theme[.empty], maxWidth: inner.width - 2)
            return nil
        }
        let width = max(1, inner.width - 2)
        var header = ticket.map { headerLines($0, now: state.now, width: width) } ?? []
        let loaded = state.openTicket.flatMap { $0.ticket.id == id ? $0 : nil }
        // The laid-out timeline is shared with the cache, never copied per frame.
        let body = loaded.map { cache.lines(for: $0.timeline, width: width, calendar: calendar) } ?? []
        if loaded == nil {
            header.append(StyledLine("Loading…", .empty))
        } else if body.isEmpty {
            header.append(StyledLine("No messages yet", .empty))
        }
        let total = header.count + body.count
        let offset = max(0, min(state.timelineScroll, total - inner.height))
        let position = total > inner.height ? "\(min(total, offset + inner.height))/\(total)" : ""
        _ = PaneFrame(title: title, focused: state.focus == .timeline, trailing: position).draw(in: frameRow, into: &buffer, theme: theme)
        for index in offset..<min(total, offset + inner.height) {
            let line = index < header.count ? header[index] : body[index - header.count]
            buffer.write(line, at: Position(column: inner.x + 1, row: inner.y + index - offset), theme: theme, maxWidth: width)
        }
        if total > inner.height {
            drawScrollMark(offset: offset, total: total, in: inner, into: &buffer, theme: theme)
        }
        return loaded == nil ? nil : total
    }

    /// The ticket header, a few lines that scroll with the timeline.
    private func headerLines(_ ticket: Ticket, now: Date, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        let title = TextWrapper.wrap(TextSanitizer.sanitizeLine("#\(ticket.id) " + ticket.title), width: width)
        lines.append(contentsOf: title.map { StyledLine($0, .ticketHeader) })
        var customer = [StyledSpan("From ", .label)]
        if ticket.customerName.isEmpty || ticket.customerName == ticket.customerAddress {
            customer.append(StyledSpan(ticket.customerAddress.isEmpty ? "unknown customer" : ticket.customerAddress, .text))
        } else {
            customer.append(StyledSpan(ticket.customerName, .text))
            if !ticket.customerAddress.isEmpty { customer.append(StyledSpan(" <" + ticket.customerAddress + ">", .dim)) }
        }
        customer.append(StyledSpan(" via " + ticket.channel, .label))
        lines.append(StyledLine(customer))
        var state = [
            StyledSpan(ticket.status.label, .status(ticket.status)), StyledSpan(" · ", .label),
            StyledSpan(ticket.priority.label, .priority(ticket.priority)), StyledSpan(" · ", .label),
        ]
        let assignment = [ticket.assignedGroup?.name, ticket.assignedAgent?.name].compactMap { $0 }
        state.append(StyledSpan(assignment.isEmpty ? "unassigned" : assignment.joined(separator: " / "), assignment.isEmpty ? .dim : .text))
        if let sla = SLAText(breach: ticket.slaNextBreach, now: now) {
            state.append(StyledSpan(" · SLA ", .label))
            state.append(StyledSpan(sla.text, sla.role))
        }
        lines.append(StyledLine(state))
        if !ticket.tags.isEmpty {
            lines.append(StyledLine([StyledSpan("Tags ", .label), StyledSpan(ticket.tags.joined(separator: ", "), .tag)]))
        }
        lines.append(StyledLine(String(repeating: "─", count: min(width, 200)), .border))
        return lines
    }

    /// A one-cell thumb at the right edge showing where in the timeline the view is.
    private func drawScrollMark(offset: Int, total: Int, in rect: Rect, into buffer: inout CellBuffer, theme: Theme) {
        let span = max(1, total - rect.height)
        let row = rect.y + (rect.height - 1) * min(offset, span) / span
        buffer.write("┃", at: Position(column: rect.maxX - 1, row: row), style: theme[.border], maxWidth: 1)
    }
}
