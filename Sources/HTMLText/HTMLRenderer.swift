/// Renders an HTML e-mail as plain terminal text wrapped to a width.
///
/// Placeholder implementation: strips tags naively. The libxml2-based renderer replaces it.
public enum HTMLRenderer {
    /// Renders `html` to sanitised plain text wrapped at `width` display columns.
    public static func render(_ html: String, width: Int) -> String {
        var text = ""
        var inTag = false
        for c in html {
            if c == "<" { inTag = true; continue }
            if c == ">" { inTag = false; continue }
            if !inTag { text.append(c) }
        }
        return TextWrapper.wrap(TextSanitizer.sanitize(text), width: width).joined(separator: "\n")
    }
}
