import TickettyStore
import TickettyUI

/// Start to first painted list: what the app does before its first frame, from reading the
/// cache's first slice to the frame on the (virtual) screen.
enum StartMeasurement {
    /// Times `runs` starts; each reads the first slice with `readFirstSlice` (open the cache,
    /// read, convert) and paints it on a fresh session, as a new process would.
    ///
    /// - Returns: all runs, the first (cold: first use of the theme, calendar, database pages)
    ///   included; and how many tickets the first frame listed.
    static func measure(
        size: Size, runs: Int, readFirstSlice: () throws -> CachedData
    ) rethrows -> (samples: Samples, listed: Int) {
        var samples = Samples()
        var listed = 0
        for _ in 0..<runs {
            try samples.time {
                let slice = try readFirstSlice()
                let session = HeadlessSession(state: State(accountName: "bench.example"), size: size)
                session.send(.cacheLoaded(slice))
                session.send(.started)
                session.redraw()
                listed = session.store.state.visibleTicketIDs.count
            }
        }
        return (samples, listed)
    }
}
