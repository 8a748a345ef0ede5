/// A failure of the test harness itself (a missing binary, a server that did not start, a
/// screen that never showed what was awaited), with a message that says what to look at.
struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
