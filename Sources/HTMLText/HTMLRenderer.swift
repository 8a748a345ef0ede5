/// Renders an HTML e-mail as plain terminal text wrapped to a width.
///
/// libxml2's HTML parser reads the markup (recovering from anything broken, never touching the
/// network); the elements become blocks (paragraphs, quotes, lists, tables, preformatted text)
/// that are laid out for the width in display columns. Text is sanitised on the way in, so the
/// result is safe to draw. Links are numbered (`text[1]`) and listed at the end.
///
/// ```swift
/// HTMLRenderer.render("<p>Hi <a href=\"https://example.com/x\">there</a></p>", width: 40)
/// // "Hi there[1]\n\nLinks:\n[1] https://example.com/x"
/// ```
///
/// Inputs beyond `maximumInputBytes` are cut there and end with a visible note, which bounds
/// time and memory for hostile or broken messages.
public enum HTMLRenderer {
    /// Larger messages are truncated to this many bytes before parsing.
    public static let maximumInputBytes = 10 * 1024 * 1024

    /// Renders `html` to sanitised plain text wrapped at `width` display columns, links listed.
    public static func render(_ html: String, width: Int) -> String {
        var html = html
        return html.withUTF8 { text(layout(bytes: $0, width: width, encoding: "UTF-8"), width: width) }
    }

    /// Renders HTML bytes decoded with `charset` (from the MIME part), or detected when nil:
    /// valid UTF-8, then a `<meta>` charset, then windows-1252.
    public static func render(data: [UInt8], width: Int, charset: String? = nil) -> String {
        text(layout(data: data, width: width, charset: charset), width: width)
    }

    /// Renders `html` and returns the body and the link targets separately.
    public static func renderDocument(_ html: String, width: Int) -> RenderedHTML {
        var html = html
        return html.withUTF8 { document(layout(bytes: $0, width: width, encoding: "UTF-8")) }
    }

    /// Renders HTML bytes and returns the body and the link targets separately.
    public static func renderDocument(data: [UInt8], width: Int, charset: String? = nil) -> RenderedHTML {
        document(layout(data: data, width: width, charset: charset))
    }

    private static func document(_ layout: (body: [UInt8], links: [String])) -> RenderedHTML {
        RenderedHTML(body: String(decoding: layout.body, as: UTF8.self), links: layout.links)
    }

    /// The body and the link list as one `String`: the output is validated and copied once.
    private static func text(_ layout: (body: [UInt8], links: [String]), width: Int) -> String {
        var output = layout.body
        LinkList.append(layout.links, width: max(1, width), to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private static func layout(data: [UInt8], width: Int, charset: String?) -> (body: [UInt8], links: [String]) {
        data.withUnsafeBufferPointer { bytes in
            let head = UnsafeBufferPointer(rebasing: bytes.prefix(maximumInputBytes))
            let encoding = CharsetDetection.encoding(for: head, declared: charset)
            return layout(bytes: bytes, width: width, encoding: encoding)
        }
    }

    /// The laid-out body as UTF-8 without a final newline, and the link targets.
    private static func layout(bytes: UnsafeBufferPointer<UInt8>, width: Int, encoding: String) -> (body: [UInt8], links: [String]) {
        let width = max(1, width)
        let truncated = bytes.count > maximumInputBytes
        let input = truncated ? UnsafeBufferPointer(rebasing: bytes.prefix(maximumInputBytes)) : bytes
        var builder = DocumentBuilder()
        if let rewritten = OfficeTagRewriter.rewritten(input) {
            rewritten.withUnsafeBufferPointer { HTMLSAXParser.parse($0, encoding: encoding, into: &builder) }
        } else {
            HTMLSAXParser.parse(input, encoding: encoding, into: &builder)
        }
        let megabytes = (bytes.count + 512 * 1024) / (1024 * 1024)
        builder.finish(note: truncated ? "[message truncated: showing the first 10 MB of \(megabytes) MB]" : nil)

        // Text is usually well under half of an HTML message's bytes.
        var canvas = TextCanvas(width: width, expectedBytes: input.count / 2)
        BlockLayout.layout(builder.root, on: &canvas)
        var output = canvas.takeBytes()
        if output.last == 0x0A { output.removeLast() }
        return (output, builder.linkTargets)
    }
}
