/// What has been typed on the `:` command line, and what Tab last offered.
///
/// Like the list filter, the line is edited at its end only (typing appends, Backspace removes
/// the last character), which is all a short command needs.
public struct CommandLineInput: Hashable, Sendable {
    /// The text after `:`.
    public var text: String
    /// The words Tab found for the word being typed, when it could not pick one alone; cleared
    /// by the next edit.
    public var candidates: [String]

    public init(text: String = "", candidates: [String] = []) {
        self.text = text
        self.candidates = candidates
    }
}
