/// The kinds of generated timeline bodies; the raw value is stored in `timeline.template`.
enum EmailTemplate: Int, CaseIterable, Sendable {
    case outlook = 0
    case gmail = 1
    case appleMail = 2
    case plain = 3
    case agentReply = 4
    case note = 5
    case customerFollowUp = 6
    case chatTranscript = 7
    case callSummary = 8

    /// The styles a customer's first e-mail is drawn from.
    static let customerStyles: [EmailTemplate] = [.outlook, .gmail, .appleMail, .plain]
}
