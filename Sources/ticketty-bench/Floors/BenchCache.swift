import Foundation
import TickettyCache
import TickettyCore
import TickettyStore

/// The account cache the floors start from: a real `AccountCache` file of generated tickets,
/// written on first use and reused by later runs (writing 100,000 tickets takes a while).
enum BenchCache {
    /// Where the cache files are kept between runs.
    static let defaultDirectory = NSTemporaryDirectory() + "ticketty-bench-floors"

    /// The account whose cache holds `tickets` tickets; one file per size.
    static func account(tickets: Int) -> String { "bench-\(tickets).example" }

    /// Opens the cache of `tickets` generated tickets in `directory`, writing it first if it
    /// does not hold them yet, as a finished first sync would have.
    static func prepare(tickets: Int, in directory: String) throws -> AccountCache {
        let cache = try AccountCache.open(account: account(tickets: tickets), in: URL(fileURLWithPath: directory))
        guard try cache.ticketCount() != tickets || cache.value(forKey: CacheStartup.listCompleteKey) != "1" else {
            return cache
        }
        print("writing a cache of \(tickets) tickets to \(directory) (once; later runs reuse it)")
        let all = SyntheticTickets.make(tickets)
        try cache.save(all)
        try cache.save(agents: Array(Set(all.compactMap(\.assignedAgent))).sorted { $0.id < $1.id })
        try cache.save(groups: Array(Set(all.compactMap(\.assignedGroup))).sorted { $0.id < $1.id })
        try cache.setValue("1", forKey: CacheStartup.listCompleteKey)
        return cache
    }

    /// What the app does before its first paint, from opening the cache file (as `Wiring`
    /// does) to the first slice reduced in the store: `CacheStartup.restore`, then `.started`.
    static func start(tickets: Int, in directory: String, session: HeadlessSession) throws {
        let cache = try AccountCache.open(account: account(tickets: tickets), in: URL(fileURLWithPath: directory))
        if let problem = CacheStartup.restore(into: session.store, from: cache) { throw BenchFailure(problem) }
        session.send(.started)
    }

    /// The whole queue in the session: the start, then every chunk `CacheStartup.loadRest`
    /// would post, read and merged here one after the other.
    static func loadAll(tickets: Int, in directory: String, into session: HeadlessSession) throws {
        try start(tickets: tickets, in: directory, session: session)
        let cache = try AccountCache.open(account: account(tickets: tickets), in: URL(fileURLWithPath: directory))
        var offset = CacheStartup.firstSlice
        while case let chunk = try cache.loadTickets(offset: offset, limit: CacheStartup.chunk), !chunk.isEmpty {
            session.send(.cacheLoaded(CachedData(tickets: chunk)))
            offset += chunk.count
        }
    }
}
