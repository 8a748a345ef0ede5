/// Makes text from the network safe to put on a terminal.
///
/// Every string that came from a server passes here before it can reach the screen. Control
/// characters (C0 except newline and tab, DEL, C1), escape sequences and bidi overrides are
/// removed or shown as harmless visible text, so a hostile title cannot move the cursor, change
/// colours, set the clipboard or the window title, or reorder what the agent reads.
///
/// ```swift
/// TextSanitizer.sanitizeLine("Refund \u{1B}]52;c;aGk=\u{07}") // "Refund ^[]52;c;aGk=^G"
/// ```
public enum TextSanitizer {
    /// Sanitises multi-line text: newlines and tabs are kept, everything dangerous is made visible.
    public static func sanitize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            appendSafe(scalar, to: &out, keepNewlines: true)
        }
        return String(out)
    }

    /// Sanitises a one-line field (title, name, address): newlines and tabs become spaces.
    public static func sanitizeLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            appendSafe(scalar, to: &out, keepNewlines: false)
        }
        return String(out)
    }

    private static func appendSafe(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView, keepNewlines: Bool) {
        let v = scalar.value
        switch v {
        case 0x0A, 0x09:
            out.append(keepNewlines ? scalar : " ")
        case 0x0D:
            // A lone carriage return would move the cursor to column 0; CRLF pairs become LF.
            break
        case 0x00..<0x20:
            // Caret notation: ESC becomes "^[", BEL "^G". Visible, inert.
            out.append("^")
            out.append(Unicode.Scalar(UInt8(v + 0x40)))
        case 0x7F:
            out.append("^")
            out.append("?")
        case 0x80..<0xA0:
            // C1 controls (CSI 0x9B, OSC 0x9D...) act like ESC sequences on some terminals.
            out.append(contentsOf: "<U+\(String(v, radix: 16, uppercase: true))>".unicodeScalars)
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
            // Bidi embeddings, overrides, isolates and marks: they reorder what the agent reads.
            break
        default:
            out.append(scalar)
        }
    }
}
