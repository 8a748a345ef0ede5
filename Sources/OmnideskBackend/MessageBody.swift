import Foundation
import TickettyCore

/// The `message` (HTML) and `plaintext` fields of `POST /message`, made from what the agent typed.
///
/// The text is escaped, so an agent writing `<b>` sends those characters, not bold; line breaks
/// become `<br>`.
///
/// ```swift
/// try MessageBody("Hi <Ann>\nThanks").html   // "Hi &lt;Ann&gt;<br>Thanks"
/// ```
struct MessageBody: Sendable {
    let html: String
    let plaintext: String

    /// - Throws: ``BackendError/invalidRequest(_:)`` when the text is shorter than the API's
    ///   minimum, so the request is never sent.
    init(_ text: String) throws(BackendError) {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let visible = normalized.trimmingCharacters(in: .whitespacesAndNewlines)
        guard visible.count >= OmnideskEndpoint.minimumMessageLength else {
            throw .invalidRequest(
                "a message needs at least \(OmnideskEndpoint.minimumMessageLength) characters")
        }
        plaintext = normalized
        html = Self.escape(normalized).replacingOccurrences(of: "\n", with: "<br>")
    }

    private static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
