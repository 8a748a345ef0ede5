import TickettyCore
@testable import TickettyStore

/// A local cache with only an outbox, kept in memory, to see what the write queue records and to start a second store
/// from what a first one left behind (the SQLite outbox has its own tests in TickettyCacheTests).
final class MemoryJournal: LocalCache {
    private let entries = Locked<[Int: OutboxEntry]>([:])

    init(_ initial: [OutboxEntry] = []) {
        entries.withLock { entries in
            for entry in initial { entries[entry.id] = entry }
        }
    }

    var pending: [OutboxEntry] { entries.withLock { $0.values.sorted { $0.id < $1.id } } }

    func enqueue(_ entry: OutboxEntry) { entries.withLock { $0[entry.id] = entry } }
    func update(_ entry: OutboxEntry) { entries.withLock { $0[entry.id] = entry } }
    func removeFromOutbox(_ id: Int) { entries.withLock { $0[id] = nil } }

    // Drafts and timelines are not what these tests are about.
    func save(_ draft: Draft) {}
    func removeDraft(_ key: DraftKey) {}
    func loadDetail(_ id: TicketID) -> TicketDetail? { nil }
    func removeTickets(_ ids: [TicketID]) {}
}
