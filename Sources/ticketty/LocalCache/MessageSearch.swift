import TickettyCache
import TickettyCore

/// The filter's plain words looked up in the cached messages (the SQLite full-text index),
/// off the UI thread, as the effect runner's `messageSearch`.
enum MessageSearch {
    /// More matches than any agent scrolls through; the list shows them under the field words.
    static let limit = 5_000

    static func over(_ cache: AccountCache) -> @Sendable (String) async -> Set<TicketID> {
        { text in
            let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
            // A cache that cannot be read finds nothing; the titles still match in memory.
            return Set((try? cache.ticketIDs(withMessagesMatching: words, limit: limit)) ?? [])
        }
    }
}
