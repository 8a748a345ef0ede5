/// A failure to report on standard error after the terminal has been restored; the argument
/// parser prints its description as `Error: …` and exits non-zero.
struct AppFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
