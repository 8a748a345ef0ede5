/// Generates HTML e-mails shaped like the ones agents receive, for benchmarks.
///
/// A message has a styled head, greeting, paragraphs with inline formatting and links, a list,
/// a small data table, a signature and a quoted earlier message, like a typical reply thread.
enum SyntheticEmail {
    /// One message of roughly `kilobytes` KB, varied by `seed` so messages differ.
    static func message(kilobytes: Int, seed: Int) -> String {
        var html = """
            <html><head><meta charset="utf-8"><style>p{margin:0} .x{color:#333}</style></head>
            <body><div class="x"><p>Hello team,</p>

            """
        var index = 0
        while html.utf8.count < kilobytes * 1024 {
            html += paragraph(seed + index)
            if index % 5 == 2 { html += list(seed + index) }
            if index % 7 == 3 { html += table(seed + index) }
            index += 1
        }
        html += """
            <p>Kind regards,<br>Ann &amp; the support team</p></div>
            <div class="gmail_quote"><div class="gmail_attr">On Monday, Bob wrote:</div>
            <blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid">
            <p>Could you look at order #\(seed)? The invoice shows &euro;12,50 twice.</p>
            </blockquote></div></body></html>
            """
        return html
    }

    private static let words = [
        "order", "invoice", "refund", "delivery", "account", "password", "printer", "update",
        "customer", "shipment", "weekend", "warehouse", "subscription", "café", "naïve", "über",
        "support", "ticket", "status", "priority",
    ]

    private static func sentence(_ seed: Int, length: Int) -> String {
        (0..<length).map { words[($0 * 7 + seed * 13) % words.count] }.joined(separator: " ")
    }

    private static func paragraph(_ seed: Int) -> String {
        """
        <p style="font-family:Calibri,sans-serif">The \(sentence(seed, length: 12)) is <b>\(sentence(seed + 1, length: 3))</b>, \
        see <a href="https://example.com/orders/\(seed)?ref=mail">the \(sentence(seed + 2, length: 2))</a> \
        and <i>\(sentence(seed + 3, length: 9))</i>&nbsp;&mdash; \(sentence(seed + 4, length: 14)).</p>

        """
    }

    private static func list(_ seed: Int) -> String {
        "<ul>" + (0..<4).map { "<li>\(sentence(seed + $0, length: 6))</li>" }.joined() + "</ul>\n"
    }

    private static func table(_ seed: Int) -> String {
        "<table><tr><th>Item</th><th>Qty</th></tr>"
            + (0..<3).map { "<tr><td>\(words[(seed + $0) % words.count])</td><td>\($0 + 1)</td></tr>" }.joined()
            + "</table>\n"
    }
}
