import Foundation

/// The SLA countdown of a ticket and how urgent it looks.
struct SLAText {
    var text: String
    var role: ThemeRole

    /// `nil` when the ticket has no SLA target.
    init?(breach: Date?, now: Date) {
        guard let breach else { return nil }
        let seconds = breach.timeIntervalSince(now)
        text = TimeText.countdown(seconds: seconds)
        role = seconds < 0 ? .slaBreached : seconds < 3600 ? .slaSoon : .slaOK
    }
}
