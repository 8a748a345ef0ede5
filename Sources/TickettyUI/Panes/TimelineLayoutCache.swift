import Foundation
import HTMLText
import TickettyCore

/// Laid-out timeline lines, kept between frames so scrolling never renders HTML again.
///
/// Bodies are cached per entry and width and checked against the body they came from
/// (comparing strings that share storage is O(1), hashing them is not); the assembled
/// timeline is reused while the entries and width are unchanged.
public final class TimelineLayoutCache {
    private struct EntryKey: Hashable {
        var id: String
        var width: Int
    }

    private struct RenderedBody {
        var body: TimelineEntry.Body
        var lines: [String]
    }

    private var bodies: [EntryKey: RenderedBody] = [:]
    private var assembled: (timeline: [TimelineEntry], width: Int, lines: [StyledLine])?
    /// How many bodies were rendered (HTML or wrapped), for tests and the benchmark.
    public private(set) var renderCount = 0

    /// An empty cache.
    public init() {}

    /// The lines of a timeline at a width: for each entry a heading and its body.
    func lines(for timeline: [TimelineEntry], width: Int, calendar: Calendar) -> [StyledLine] {
        if let assembled, assembled.width == width, assembled.timeline == timeline {
            return assembled.lines
        }
        if bodies.count > 4096 { bodies.removeAll(keepingCapacity: true) }
        var lines: [StyledLine] = []
        // Backends promise time order; a stable sort keeps it true when one does not.
        let ordered = timeline.enumerated()
            .sorted { ($0.element.createdAt, $0.offset) < ($1.element.createdAt, $1.offset) }
            .map(\.element)
        for entry in ordered {
            lines.append(contentsOf: entryLines(entry, width: width, calendar: calendar))
        }
        assembled = (timeline, width, lines)
        return lines
    }

    private func entryLines(_ entry: TimelineEntry, width: Int, calendar: Calendar) -> [StyledLine] {
        let time = StyledSpan("  " + TimeText.dateTime(entry.createdAt, calendar: calendar), .timestamp)
        let author = TextSanitizer.sanitizeLine(entry.author)
        if entry.kind == .event {
            // Events are one dim line: who, what, when.
            let text = body(of: entry, width: 1000).joined(separator: " ").trimmingCharacters(in: .whitespaces)
            let what = text.isEmpty ? author : author.isEmpty ? text : author + ": " + text
            // The time must stay readable, so a long description gives way to it.
            let room = width - 2 - DisplayWidth.of(time.text)
            return [StyledLine([StyledSpan("· " + what.keepingStart(within: room), .event), time])]
        }
        let (label, role): (String, ThemeRole) =
            switch entry.kind {
            case .customerMessage: ("customer", .customerMessage)
            case .agentMessage: ("agent", .agentMessage)
            case .note, .event: ("[note]", .note)
            }
        var heading: [StyledSpan] = []
        if entry.kind == .note { heading.append(StyledSpan("[note] ", .note)) }
        heading.append(StyledSpan(author.isEmpty ? "(unknown)" : author, role))
        if entry.kind != .note { heading.append(StyledSpan(" · " + label, .label)) }
        heading.append(time)
        let bodyRole: ThemeRole = entry.kind == .note ? .note : .body
        var lines = [StyledLine(heading)]
        for line in body(of: entry, width: max(1, width - 2)) {
            lines.append(StyledLine("  " + line, bodyRole))
        }
        lines.append(.blank)
        return lines
    }

    private func body(of entry: TimelineEntry, width: Int) -> [String] {
        let key = EntryKey(id: entry.id, width: width)
        if let cached = bodies[key], cached.body == entry.body { return cached.lines }
        renderCount += 1
        var lines: [String]
        switch entry.body {
        case .html(let html):
            lines = HTMLRenderer.render(html, width: width).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .text(let text):
            lines = TextWrapper.wrap(TextSanitizer.sanitize(text), width: width)
        }
        while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
        bodies[key] = RenderedBody(body: entry.body, lines: lines)
        return lines
    }
}
