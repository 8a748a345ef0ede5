import TickettyCore
import TickettyStore

/// How the app fills the list from the local cache at start: a first slice the first screen
/// shows, then the rest of the queue in larger chunks merged behind it.
enum ListLoading {
    /// The tickets read synchronously before the first paint.
    static let firstSliceSize = 1_000
    /// The tickets read per background chunk afterwards.
    static let chunkSize = 10_000

    /// Sends `tickets` (newest first) to the session as the app's cache start-up does: the first
    /// slice, then the chunks, each a `.cacheLoaded`.
    static func load(_ tickets: [Ticket], into session: HeadlessSession) {
        var start = 0
        while start < tickets.count {
            let size = start == 0 ? firstSliceSize : chunkSize
            let end = min(tickets.count, start + size)
            session.send(.cacheLoaded(CachedData(tickets: Array(tickets[start..<end]), listComplete: end == tickets.count)))
            start = end
        }
    }
}
