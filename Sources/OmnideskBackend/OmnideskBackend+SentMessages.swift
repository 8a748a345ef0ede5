import Foundation
import HTMLText
import TickettyCore

extension OmnideskBackend {
    public func containsMessage(
        _ message: OutgoingMessage, on id: TicketID, postedSince since: Date
    ) async throws(BackendError) -> Bool {
        let timeline = try await ticket(id).timeline
        let kind: TimelineEntry.Kind = message.kind == .note ? .note : .agentMessage
        let wanted = SentText.fingerprint(message.text)
        return timeline.contains { entry in
            entry.kind == kind && entry.createdAt >= since && SentText.fingerprint(entry.body) == wanted
        }
    }
}

/// What is compared when looking for a message we may already have sent: the visible words,
/// whatever markup and line wrapping the server wrapped them in.
enum SentText {
    static func fingerprint(_ body: TimelineEntry.Body) -> String {
        switch body {
        case .text(let text): fingerprint(text)
        // Wide enough that the renderer never wraps a line of its own.
        case .html(let html): fingerprint(HTMLRenderer.render(html, width: 100_000))
        }
    }

    static func fingerprint(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
