import TickettyStore
import TickettyUI

/// Key press to redrawn screen while moving through a long list: j and k, a screen down and
/// up, and now and then a jump to either end (the keys an agent uses to go through the queue).
enum KeyPressMeasurement {
    /// The keys pressed, `count` of them, always the same sequence.
    static func keys(count: Int) -> [Key] {
        var keys: [Key] = []
        keys.reserveCapacity(count)
        var round = 0
        while keys.count < count {
            keys += Array(repeating: .character("j"), count: 20)
            keys += Array(repeating: .character("k"), count: 5)
            keys += Array(repeating: .pageDown, count: 5)
            keys += Array(repeating: .pageUp, count: 2)
            round += 1
            // Every few hundred keys, the far end of the queue and back.
            if round % 16 == 0 { keys += [.character("G"), .character("k"), .character("k"), .character("g")] }
        }
        return Array(keys.prefix(count))
    }

    /// Times each key of ``keys(count:)`` on a session showing `state` at `size`.
    static func measure(state: State, size: Size, count: Int) -> Samples {
        let session = HeadlessSession(state: state, size: size)
        session.redraw()
        var samples = Samples()
        for key in keys(count: count) {
            samples.time { session.press(key) }
        }
        return samples
    }
}
