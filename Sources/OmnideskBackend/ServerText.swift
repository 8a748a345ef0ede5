import Foundation
import HTMLText

/// Server text that ends up in an error message: sanitised, on one line, and short.
enum ServerText {
    /// The text made safe for the status line and cut to `limit` characters.
    static func clip(_ text: String, limit: Int = 200) -> String {
        let line = TextSanitizer.sanitizeLine(text).trimmingCharacters(in: .whitespaces)
        return line.count > limit ? String(line.prefix(limit - 1)) + "…" : line
    }

    /// A few words on what a body that should have been JSON looks like.
    static func hint(_ body: Data) -> String {
        if body.isEmpty { return "an empty body" }
        let start = String(decoding: body.prefix(40), as: UTF8.self)
        return "\"\(clip(start, limit: 30))\""
    }
}
