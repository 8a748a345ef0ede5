import Foundation
import TickettyCore
import TickettyStore

@testable import TickettyCache

/// A fresh directory under the system's temporary directory, removed when the test is done.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("ticketty-cache-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}

enum Fixtures {
    /// A whole-second date, `seconds` after 2026-11-21 00:00 UTC.
    static func date(_ seconds: Int) -> Date { Date(timeIntervalSince1970: 1_795_219_200 + Double(seconds)) }

    static func ticket(_ id: Int, updated: Int = 0, title: String? = nil) -> Ticket {
        Ticket(
            id: TicketID(id), title: title ?? "Ticket \(id)", status: .open, priority: .medium,
            customerName: "Customer \(id)", customerAddress: "c\(id)@example.com",
            createdAt: date(0), lastUpdate: date(updated))
    }

    /// A ticket with every field set, unusual text included.
    static let richTicket = Ticket(
        id: 858_462, title: "Zwrot pieniędzy za zamówienie 📦 «日本»", status: .pending,
        priority: .urgent, customerName: "Zoë Ångström", customerAddress: "zoe@example.com",
        channel: "telephone", channelID: 3, assignedGroup: AgentGroup(id: 7, name: "Finance"),
        assignedAgent: Agent(id: 42, name: "José Núñez"), tags: ["vip", "日本", "warranty claim"],
        createdAt: Date(timeIntervalSinceReferenceDate: 800_000_000.123_456),
        lastUpdate: Date(timeIntervalSinceReferenceDate: 800_000_123.987_654),
        slaNextBreach: Date(timeIntervalSinceReferenceDate: 800_086_400.5))

    static func detail(_ ticket: Ticket, messages: [String]) -> TicketDetail {
        TicketDetail(
            ticket: ticket,
            timeline: messages.enumerated().map { index, text in
                TimelineEntry(
                    id: "\(ticket.id)-\(index)", kind: index.isMultiple(of: 2) ? .customerMessage : .agentMessage,
                    author: "someone", createdAt: date(index), body: .text(text))
            })
    }

    static func reply(_ id: Int, to ticket: Int) -> OutboxEntry {
        OutboxEntry(
            id: id,
            write: .post(OutgoingMessage(kind: .reply, text: "Reply \(id)"), Fixtures.ticket(ticket)),
            createdAt: date(id))
    }
}
