import TickettyStore
import TickettyUI

/// Typing into the list filter over the whole queue: each key reduced, the list narrowed (or
/// widened on Backspace) and the screen redrawn, as in the app.
enum FilterMeasurement {
    /// Words an agent types: common ones, a name, one that matches nothing, an id.
    static let phrases = ["refund", "anna berg", "zzz", "#4711"]

    struct Result {
        /// The very first keystroke after loading, once the store has built the search corpus
        /// in the background (as it does while the agent looks at the freshly loaded list).
        var first: Samples
        /// Every later keystroke: letters typed, then erased with Backspace.
        var keystrokes: Samples
    }

    /// Types each phrase `rounds` times on a session showing `state` at `size`.
    static func measure(state: State, size: Size, rounds: Int) -> Result {
        let session = HeadlessSession(state: state, size: size)
        session.redraw()
        session.settle()
        var first = Samples()
        var keystrokes = Samples()
        for round in 0..<rounds {
            for phrase in phrases {
                session.press(.character("/"))
                for (index, character) in phrase.enumerated() {
                    if round == 0 && phrase == phrases[0] && index == 0 {
                        first.time { session.press(.character(character)) }
                    } else {
                        keystrokes.time { session.press(.character(character)) }
                    }
                }
                for _ in phrase {
                    keystrokes.time { session.press(.backspace) }
                }
                session.press(.escape)
            }
        }
        return Result(first: first, keystrokes: keystrokes)
    }
}
