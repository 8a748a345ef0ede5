import Logging
import TickettyCache
import TickettyCore
import TickettyStore

/// Keeps the local cache in step with what the server sends: every page, timeline and agent
/// list that reaches the store is also written to the cache, in the background and in order.
///
/// It taps the effect runner's outcomes on their way to the mailbox, so neither the reducer
/// nor the runner needs to know the cache exists.
final class CacheWriter: Sendable {
    private let actions: AsyncStream<Action>.Continuation

    init(cache: AccountCache, logger: Logger) {
        let (stream, continuation) = AsyncStream.makeStream(of: Action.self)
        actions = continuation
        Task.detached(priority: .utility) {
            var failed = false
            for await action in stream {
                do throws(CacheError) {
                    try Self.record(action, in: cache)
                } catch {
                    // Logged once: the session works on without a fresh cache.
                    if !failed { logger.warning("cache: \(error)") }
                    failed = true
                }
            }
        }
    }

    deinit { actions.finish() }

    /// `post`, with the server's data copied to the cache first.
    func tapping(_ post: @escaping @Sendable (Action) -> Void) -> @Sendable (Action) -> Void {
        { action in
            switch action {
            case .ticketsLoaded, .ticketLoaded, .ticketPrefetched, .agentsLoaded: self.actions.yield(action)
            default: break
            }
            post(action)
        }
    }

    private static func record(_ action: Action, in cache: AccountCache) throws(CacheError) {
        switch action {
        case .ticketsLoaded(let page, let query):
            try cache.save(page.tickets)
            // The plain listing paged to its end: the next start may stop its first refresh
            // at the first unchanged page.
            let isPlainListing = query.text == nil && query.status == nil && query.viewID == nil
            if isPlainListing, !page.tickets.isEmpty, query.start + page.tickets.count >= page.total {
                try cache.setValue("1", forKey: CacheStartup.listCompleteKey)
            }
        case .ticketLoaded(let detail), .ticketPrefetched(let detail):
            // A prefetched timeline is kept too, so opening that ticket shows it at once.
            try cache.save(detail)
            if !detail.assignableGroups.isEmpty { try cache.save(groups: detail.assignableGroups) }
        case .agentsLoaded(let agents):
            try cache.save(agents: agents)
        default:
            break
        }
    }
}
