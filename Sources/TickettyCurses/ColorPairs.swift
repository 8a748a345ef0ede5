/// Hands out curses colour pairs for (foreground, background) combinations as they are first
/// drawn, so a theme can use any combination without a table declared up front.
///
/// Pair 0 is the terminal's default colours. When the terminal runs out of pairs, further
/// combinations fall back to pair 0: the text stays readable, only its colour is lost.
final class ColorPairs {
    private var pairs: [Key: Int16] = [:]
    private var next: Int16 = 1
    private let capacity: Int
    private let define: (Int16, Int16, Int16) -> Void

    /// - Parameters:
    ///   - capacity: How many pairs the terminal has (`COLOR_PAIRS`), pair 0 included.
    ///   - define: Declares a pair to the terminal (`init_pair`); called once per new pair.
    init(capacity: Int, define: @escaping (_ pair: Int16, _ foreground: Int16, _ background: Int16) -> Void) {
        self.capacity = min(capacity, Int(Int16.max))
        self.define = define
    }

    /// The pair number for these colour numbers, declaring it on first use.
    func pair(foreground: Int16, background: Int16) -> Int16 {
        if foreground == -1 && background == -1 { return 0 }
        let key = Key(foreground: foreground, background: background)
        if let existing = pairs[key] { return existing }
        guard Int(next) < capacity else { return 0 }
        let pair = next
        next += 1
        define(pair, foreground, background)
        pairs[key] = pair
        return pair
    }

    private struct Key: Hashable {
        var foreground: Int16
        var background: Int16
    }
}
