/// Makes text from the network safe to put on a terminal.
///
/// Every string that came from a server passes here before it can reach the screen. The policy is
/// *visible and inert* rather than silent removal, so an agent can see that a message carried
/// something odd, while the terminal never receives a byte it would act on:
///
/// - C0 controls except newline and tab become caret notation: ESC is `^[`, BEL `^G`, NUL `^@`.
///   Because the ESC byte itself is replaced, a whole CSI, OSC or DCS sequence
///   (`ESC [ 2 J`, `ESC ] 52 ; c ; … BEL`, `ESC P … ESC \`) becomes plain printable text:
///   it cannot move the cursor, change colours, set the clipboard or the window title.
/// - DEL becomes `^?`.
/// - C1 controls (U+0080–U+009F), which some terminals obey like ESC sequences, become their
///   7-bit spelling: U+009B (CSI) is `^[[`, U+009D (OSC) `^[]`.
/// - A carriage return is dropped (CRLF becomes LF); a lone CR would move the cursor to column 0.
/// - Bidi embeddings, overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E,
///   U+200F, U+061C) are removed: they reorder what the agent reads (`"\u{202E}exe.txt"`).
///
/// ```swift
/// TextSanitizer.sanitizeLine("Refund \u{1B}]52;c;aGk=\u{07}") // "Refund ^[]52;c;aGk=^G"
/// ```
public enum TextSanitizer {
    /// Sanitises multi-line text: newlines and tabs are kept, everything dangerous is made visible.
    public static func sanitize(_ text: String) -> String {
        sanitize(text, keepNewlines: true)
    }

    /// Sanitises a one-line field (title, name, address): newlines and tabs become spaces.
    public static func sanitizeLine(_ text: String) -> String {
        sanitize(text, keepNewlines: false)
    }

    /// Whether a scalar is a bidi control that can visually reorder text.
    static func isBidiControl(_ value: UInt32) -> Bool {
        switch value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    private static func sanitize(_ text: String, keepNewlines: Bool) -> String {
        // Most strings are clean; checking the UTF-8 bytes first avoids rebuilding them.
        if isClean(text, keepNewlines: keepNewlines) { return text }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            appendSafe(scalar, to: &out, keepNewlines: keepNewlines)
        }
        return String(out)
    }

    private static func isClean(_ text: String, keepNewlines: Bool) -> Bool {
        // Native strings are contiguous UTF-8: scanning the buffer is several times faster than
        // the view's iterator, which matters for the thousands of URLs in a newsletter.
        if let clean = text.utf8.withContiguousStorageIfAvailable({ isClean($0, keepNewlines: keepNewlines) }) {
            return clean
        }
        return isClean(Array(text.utf8), keepNewlines: keepNewlines)
    }

    private static func isClean(_ bytes: some Sequence<UInt8>, keepNewlines: Bool) -> Bool {
        for byte in bytes {
            switch byte {
            case 0x20...0x7E, 0x80...0xC1, 0xC3...0xD7, 0xD9...0xE1, 0xE3...0xFF: continue
            case 0x09, 0x0A: if !keepNewlines { return false }
            default: return false
            }
        }
        return true
    }

    private static func appendSafe(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView, keepNewlines: Bool) {
        let value = scalar.value
        switch value {
        case 0x0A, 0x09:
            out.append(keepNewlines ? scalar : " ")
        case 0x0D:
            break
        case 0x00..<0x20:
            out.append("^")
            out.append(Unicode.Scalar(UInt8(value + 0x40)))
        case 0x7F:
            out.append("^")
            out.append("?")
        case 0x80..<0xA0:
            out.append("^")
            out.append("[")
            out.append(Unicode.Scalar(UInt8(value - 0x40)))
        default:
            if !isBidiControl(value) { out.append(scalar) }
        }
    }
}
