import TickettyCore
import TickettyStore

/// The text of a timeline that message search looks through, folded like the agent's words.
///
/// Only messages and notes count (events such as "status changed" would match everywhere).
/// HTML bodies are reduced to their text with a small tag stripper: the result is only ever
/// searched, never shown, so it need not render anything faithfully.
enum MessageText {
    /// The folded text of every message and note of `detail`, one per line.
    static func searchable(_ detail: TicketDetail) -> String {
        let bodies = detail.timeline.compactMap { entry -> String? in
            switch entry.kind {
            case .event: return nil
            case .customerMessage, .agentMessage, .note: break
            }
            switch entry.body {
            case .text(let text): return text
            case .html(let html): return stripTags(html)
            }
        }
        return TextFolding.fold(bodies.joined(separator: "\n"))
    }

    /// `html` without its tags (each replaced by a space), with the common entities decoded.
    static func stripTags(_ html: String) -> String {
        var text = String.UnicodeScalarView()
        var inTag = false
        var entity: String.UnicodeScalarView?
        for scalar in html.unicodeScalars {
            if inTag {
                if scalar == ">" { inTag = false }
                continue
            }
            if var pending = entity {
                if scalar == ";" {
                    text.append(contentsOf: decodeEntity(String(pending)))
                    entity = nil
                } else if pending.count < 10, scalar.properties.isAlphabetic || scalar == "#"
                    || ("0"..."9").contains(scalar)
                {
                    pending.append(scalar)
                    entity = pending
                } else {
                    // Not an entity after all: keep the text as written.
                    text.append("&")
                    text.append(contentsOf: pending)
                    entity = nil
                    if scalar == "<" { inTag = true; text.append(" ") } else { text.append(scalar) }
                }
                continue
            }
            switch scalar {
            case "<":
                inTag = true
                text.append(" ")
            case "&": entity = String.UnicodeScalarView()
            default: text.append(scalar)
            }
        }
        if let pending = entity {
            text.append("&")
            text.append(contentsOf: pending)
        }
        return String(text)
    }

    /// The text an entity's name (between `&` and `;`) stands for; unknown names stay as written.
    private static func decodeEntity(_ name: String) -> String.UnicodeScalarView {
        switch name {
        case "amp": return "&".unicodeScalars
        case "lt": return "<".unicodeScalars
        case "gt": return ">".unicodeScalars
        case "quot": return "\"".unicodeScalars
        case "apos": return "'".unicodeScalars
        case "nbsp": return " ".unicodeScalars
        default: break
        }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value =
                digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            if let value, let scalar = Unicode.Scalar(value) {
                return String.UnicodeScalarView([scalar])
            }
        }
        return ("&" + name + ";").unicodeScalars
    }
}
