import TickettyCore
import TickettyStore

/// Puts what the local cache holds in front of the agent before the network answers.
///
/// Public so that `ticketty-bench floors` times the app's own start-up path, not a copy of it.
public enum CacheStartup {
    /// Tickets read before the first paint: more than any screen shows, few enough to read in
    /// a few milliseconds.
    public static let firstSlice = 1_000
    /// Tickets per later chunk: each costs the UI thread a few milliseconds to merge.
    public static let chunk = 10_000
    /// The fact (see ``AccountCache/value(forKey:)``) that the cache holds a whole listing from
    /// an earlier run.
    public static let listCompleteKey = "listComplete"

    /// Sends the newest tickets, agents, groups, saved drafts and the outbox to the store.
    /// Runs on the UI thread before the first paint, so it reads only a first slice.
    ///
    /// - Returns: A problem to tell the agent, if the cache could not be read.
    public static func restore(into store: Store, from cache: AccountCache) -> String? {
        do throws(CacheError) {
            let tickets = try cache.loadTickets(offset: 0, limit: firstSlice)
            let listComplete = try cache.value(forKey: listCompleteKey) == "1"
            store.send(.cacheLoaded(CachedData(
                tickets: tickets, agents: try cache.loadAgents(), groups: try cache.loadGroups(),
                listComplete: listComplete)))
            store.send(.draftsRestored(try cache.loadDrafts()))
            store.send(.outboxRestored(try cache.outboxEntries()))
            return nil
        } catch {
            return "The local cache could not be read: \(error)"
        }
    }

    /// Reads the rest of the cached queue in the background and posts it in chunks.
    ///
    /// - Parameter failed: Told if a chunk cannot be read (the rest is then left unread).
    public static func loadRest(
        from cache: AccountCache, post: @escaping @Sendable (Action) -> Void,
        failed: @escaping @Sendable (CacheError) -> Void
    ) {
        Task.detached(priority: .userInitiated) {
            var offset = firstSlice
            while true {
                let tickets: [Ticket]
                do throws(CacheError) {
                    tickets = try cache.loadTickets(offset: offset, limit: chunk)
                } catch {
                    failed(error)
                    return
                }
                if tickets.isEmpty { return }
                post(.cacheLoaded(CachedData(tickets: tickets)))
                offset += tickets.count
            }
        }
    }
}
