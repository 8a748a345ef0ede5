import TickettyStore
import TickettyUI

/// Start to first painted list: what the app does before its first frame, from opening the
/// cache file to the frame on the (virtual) screen.
enum StartMeasurement {
    /// Times `runs` starts, each on a fresh session as a new process would be.
    ///
    /// - Returns: all runs, the first (cold: first use of the theme, calendar, database pages)
    ///   included; and how many tickets the first frame listed.
    static func measure(tickets: Int, cacheDirectory: String, size: Size, runs: Int) throws -> (samples: Samples, listed: Int) {
        var samples = Samples()
        var listed = 0
        for _ in 0..<runs {
            try samples.time {
                let session = HeadlessSession(state: State(accountName: BenchCache.account(tickets: tickets)), size: size)
                try BenchCache.start(tickets: tickets, in: cacheDirectory, session: session)
                session.redraw()
                listed = session.store.state.visibleTicketIDs.count
            }
        }
        return (samples, listed)
    }
}
