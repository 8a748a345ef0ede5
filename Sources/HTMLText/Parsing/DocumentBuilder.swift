/// Turns the parser's stream of elements and text into a `Block` tree.
///
/// Block-level elements end the paragraph being collected; `<blockquote>`, lists and tables open
/// containers; hidden elements and their contents are skipped.
///
/// A struct, so that its many small state changes per element need no runtime exclusivity
/// checks; libxml2's callbacks reach it through a plain pointer.
struct DocumentBuilder {
    /// Containers nested deeper than this are flattened, so hostile nesting cannot exhaust the
    /// stack during layout or push the text off the right edge.
    static let maximumContainerDepth = 24
    /// A cell spans at most this many columns: no e-mail needs more, and a hostile `colspan`
    /// must not make every row of a table as wide as it says.
    static let maximumColumnSpan = 64

    private(set) var links = LinkReferences()

    /// The open containers, the root first. A container is added to its parent when it closes,
    /// so blocks are values that are built in place, never shared.
    private var containers: [Block]
    private var frames: [Frame] = []
    private var inline = InlineText()
    private var skippedDepth = 0
    private var preformattedDepth = 0
    private var openLink: OpenLink?
    /// Whether the open link has shown no text of its own yet (only images, or nothing). Kept
    /// apart from `openLink` so that checking it per text chunk copies nothing.
    private var openLinkAwaitsText = false
    /// Counts flushed paragraphs, so a link can tell whether its text is still being collected.
    private var paragraphSerial = 0
    /// Where an HTML5 named reference that libxml2 left undecoded may be in progress.
    private var reference = PendingReference.none

    /// libxml2 reports a reference it does not know, such as `&bigstar;`, as three text events:
    /// `&` alone, then the name alone, then text starting with `;`. An escaped one (`&amp;bigstar;`)
    /// arrives as `&` and then `bigstar;…` in one piece, so it is never mistaken for a reference.
    /// Decoding here rather than in the finished paragraph keeps the escaped text literal.
    private enum PendingReference {
        case none
        /// A lone `&` was appended; its offset in the paragraph.
        case ampersand(Int)
        /// `&` and a name were appended; the offset of the `&` and the name.
        case name(Int, String)
    }

    /// One open element and the containers it opened, closed again when the element ends.
    private struct Frame {
        let tag: HTMLTag
        var containersOpened = 0
    }

    private struct OpenLink {
        let href: [UInt8]
        let title: [UInt8]?
        let frameDepth: Int
        let paragraph: Int
        let offset: Int
    }

    init() {
        containers = [Block(.root)]
    }

    /// The document; complete once `finish(note:)` has closed every container.
    var root: Block { containers[0] }

    /// The link targets in the order of their numbers.
    var linkTargets: [String] { links.urls }

    // MARK: Parser events

    mutating func startElement(_ tag: HTMLTag, attributes: ElementAttributes) {
        reference = .none
        if skippedDepth > 0 {
            skippedDepth += 1
            return
        }
        if Self.isHidden(tag, attributes) {
            skippedDepth = 1
            return
        }
        var frame = Frame(tag: tag)
        switch tag {
        case .br:
            inline.lineBreak()
        case .hr:
            flushParagraph()
            appendToCurrent(Block(.rule))
        case .pre, .listing, .xmp, .plaintext:
            flushParagraph()
            preformattedDepth += 1
        case .blockquote:
            flushParagraph()
            frame.containersOpened += open(.quote)
        case .ul, .ol, .menu, .dir:
            flushParagraph()
            let start = tag == .ol ? Self.integer(attributes.value("start")) ?? 1 : 1
            frame.containersOpened += open(.list(ordered: tag == .ol, start: start))
        case .li:
            flushParagraph()
            if case .list = currentKind {} else { frame.containersOpened += open(.list(ordered: false, start: 1)) }
            frame.containersOpened += open(.item)
        case .table:
            flushParagraph()
            frame.containersOpened += open(.table)
        case .tr:
            flushParagraph()
            if currentKind == .table { frame.containersOpened += open(.row) }
        case .td, .th:
            flushParagraph()
            if currentKind == .table { frame.containersOpened += open(.row) }
            if currentKind == .row, open(.cell) == 1 {
                frame.containersOpened += 1
                let span = Self.integer(attributes.value("colspan")) ?? 1
                containers[containers.count - 1].columnSpan = min(max(span, 1), Self.maximumColumnSpan)
            }
        case .a:
            if openLink == nil, let href = attributes.value("href") {
                openLink = OpenLink(
                    href: href, title: attributes.value("title"), frameDepth: frames.count,
                    paragraph: paragraphSerial, offset: inline.count)
                openLinkAwaitsText = true
            }
        case .img:
            // The alt text stands for the image; a title is the next best description.
            if let alt = attributes.value("alt") ?? attributes.value("title") { inline.append(alt) }
        default:
            if Self.isBlock(tag) { flushParagraph() }
        }
        if Self.startsQuotedReply(tag, attributes) {
            // Outlook puts the quoted message after its "From: … Sent: …" header as siblings,
            // so the quote lasts until the header's parent element (or the document) ends.
            flushParagraph()
            let opened = open(.quote)
            if !frames.isEmpty { frames[frames.count - 1].containersOpened += opened }
        }
        frames.append(frame)
    }

    mutating func endElement() {
        reference = .none
        if skippedDepth > 0 {
            skippedDepth -= 1
            return
        }
        guard let frame = frames.popLast() else { return }
        switch frame.tag {
        case .pre, .listing, .xmp, .plaintext:
            flushParagraph()
            preformattedDepth = max(0, preformattedDepth - 1)
        case .a:
            if let link = openLink, link.frameDepth == frames.count { closeLink(link) }
        default:
            if Self.isBlock(frame.tag) || frame.containersOpened > 0 { flushParagraph() }
        }
        for _ in 0..<frame.containersOpened where containers.count > 1 {
            closeContainer()
        }
    }

    mutating func characters(_ text: UnsafeBufferPointer<UInt8>) {
        guard skippedDepth == 0 else { return }
        if openLinkAwaitsText, text.contains(where: { $0 > 0x20 }) {
            openLinkAwaitsText = false
        }
        let preformatted = preformattedDepth > 0
        switch reference {
        case .none:
            break
        case .ampersand(let offset):
            if text.count <= HTML5Entities.longestName, text.allSatisfy(HTML5Entities.isNameByte) {
                inline.append(text, preformatted: preformatted)
                reference = .name(offset, String(decoding: text, as: UTF8.self))
                return
            }
        case .name(let offset, let name):
            if text.first == 0x3B, let replacement = HTML5Entities.replacement(for: name) {
                reference = .none
                inline.truncate(to: offset)
                // &Tab; and &NewLine; are whitespace in running text, like any other.
                inline.append(Array(replacement.utf8))
                inline.append(UnsafeBufferPointer(rebasing: text.dropFirst()), preformatted: preformatted)
                return
            }
        }
        inline.append(text, preformatted: preformatted)
        reference = text.count == 1 && text[0] == 0x26 && inline.count > 0 ? .ampersand(inline.count - 1) : .none
    }

    /// Ends the document: collects the last paragraph and appends a note such as a truncation.
    mutating func finish(note: String?) {
        flushParagraph()
        while containers.count > 1 { closeContainer() }
        if let note {
            containers[0].children.append(Block(.paragraph, text: Array(note.utf8)))
        }
    }

    // MARK: Structure

    private var currentKind: Block.Kind { containers[containers.count - 1].kind }

    private mutating func appendToCurrent(_ block: Block) {
        containers[containers.count - 1].children.append(block)
    }

    /// Opens a container inside the current one; returns 1 if it did, 0 if nesting is too deep.
    private mutating func open(_ kind: Block.Kind) -> Int {
        guard containers.count < Self.maximumContainerDepth else { return 0 }
        containers.append(Block(kind))
        return 1
    }

    /// Closes the innermost container and adds it to its parent.
    private mutating func closeContainer() {
        let block = containers.removeLast()
        appendToCurrent(block)
    }

    private mutating func flushParagraph() {
        guard !inline.isEmpty else { return }
        let preformatted = preformattedDepth > 0
        let needsCleanup = inline.mayNeedCleanup
        var text = inline.take()
        paragraphSerial += 1
        if preformatted {
            Self.trimPreformatted(&text)
            guard !text.isEmpty else { return }
            appendToCurrent(Block(.preformatted, text: text))
        } else {
            Self.trimParagraph(&text)
            guard !text.isEmpty else { return }
            if needsCleanup {
                text = Self.removingDownlevelConditionals(text)
                guard !text.isEmpty else { return }
            }
            appendToCurrent(Block(.paragraph, text: text))
        }
    }

    private mutating func closeLink(_ link: OpenLink) {
        openLink = nil
        let hasText = !openLinkAwaitsText
        openLinkAwaitsText = false
        let sameParagraph = link.paragraph == paragraphSerial
        if sameParagraph, !hasText {
            // A link made of images says most through its title, else the images' alt text;
            // a link showing nothing at all shows where it goes.
            if let title = link.title, title.contains(where: { $0 > 0x20 }) {
                inline.truncate(to: link.offset)
                inline.append(title)
            } else if inline.text(since: link.offset).allSatisfy({ $0 == 0x20 || $0 == 0x0A }) {
                inline.append(link.href)
            }
        }
        let label = sameParagraph ? inline.text(since: link.offset) : []
        guard let number = links.number(href: link.href, label: label) else { return }
        // "[12]" right after the link's text, written in place: a message can have thousands.
        if !inline.isEmpty {
            inline.appendReference(number)
        } else if let last = containers[containers.count - 1].children.indices.last,
            containers[containers.count - 1].children[last].kind == .paragraph
        {
            containers[containers.count - 1].children[last].text.appendReference(number)
        } else {
            inline.appendReference(number)
        }
    }

    // MARK: Classification

    private static func isBlock(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .p, .div, .h1, .h2, .h3, .h4, .h5, .h6, .address, .article, .aside, .center, .dl, .dt,
            .dd, .figure, .figcaption, .footer, .header, .main, .nav, .section, .form, .caption,
            .details, .summary, .body, .html, .tbody, .thead, .tfoot, .table, .tr, .td, .th, .li,
            .ul, .ol, .blockquote, .noframes, .frameset, .option, .select, .textarea, .video, .audio:
            true
        default:
            false
        }
    }

    /// Elements whose content is never shown: the head, scripts, styles, and anything hidden.
    private static func isHidden(_ tag: HTMLTag, _ attributes: ElementAttributes) -> Bool {
        switch tag {
        case .head, .title, .style, .script, .template, .noscript, .meta, .link, .xml, .svg, .math,
            .object, .embed, .iframe, .canvas, .select, .button, .input, .textarea, .map:
            return true
        default:
            break
        }
        if attributes.contains("hidden") { return true }
        return attributes.withValue("style") { style in
            style.containsLoosely("display:none") || style.containsLoosely("visibility:hidden")
                || style.containsLoosely("mso-hide:all")
        } ?? false
    }

    /// The element that starts a quoted reply in Outlook (desktop and web) or Yahoo.
    private static func startsQuotedReply(_ tag: HTMLTag, _ attributes: ElementAttributes) -> Bool {
        guard tag == .div else { return false }
        if attributes.withValue("id", { $0.elementsEqual("divRplyFwdMsg".utf8) }) == true { return true }
        if attributes.withValue("class", { $0.containsLoosely("yahoo_quoted") }) == true { return true }
        // Outlook's separator above "From: … Sent: …": a thin grey top border.
        return attributes.withValue("style") { style in
            style.containsLoosely("border-top:solid#e1e1e1") || style.containsLoosely("border-top:solid#b5c4df")
        } ?? false
    }

    private static func integer(_ bytes: [UInt8]?) -> Int? {
        guard let bytes, let value = Int(String(decoding: bytes, as: UTF8.self).trimmingWhitespace()) else { return nil }
        return min(max(value, -1_000_000), 1_000_000)
    }

    private static func trimParagraph(_ text: inout [UInt8]) {
        // Paragraphs of only spaces and line breaks (Outlook's "<p>&nbsp;</p>") carry no text.
        let isBlank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x0A || $0 == InlineText.nonBreakingSpace }
        guard let first = text.firstIndex(where: { !isBlank($0) }),
            let last = text.lastIndex(where: { !isBlank($0) })
        else {
            text = []
            return
        }
        if first > 0 || last < text.count - 1 { text = Array(text[first...last]) }
    }

    /// Outlook's "downlevel-revealed" conditionals (`<![if !mso]>` … `<![endif]>`) are not
    /// comments to an HTML parser, so libxml2 reports them as text; they are markup, not words.
    private static func removingDownlevelConditionals(_ text: [UInt8]) -> [UInt8] {
        let opener: [UInt8] = Array("<![".utf8)
        guard text.count >= opener.count, text.contains(0x3C) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if text[index] == 0x3C, text[index...].starts(with: opener),
                let close = text[index...].firstIndex(of: 0x3E), close - index < 64,
                text[(index + 3)..<close].starts(with: Array("if".utf8)) || text[(index + 3)..<close].starts(with: Array("endif".utf8))
            {
                index = close + 1
                continue
            }
            out.append(text[index])
            index += 1
        }
        var result = out
        trimParagraph(&result)
        return result
    }

    private static func trimPreformatted(_ text: inout [UInt8]) {
        // A newline right after <pre> is not content; trailing blank lines are not either.
        if text.first == 0x0A { text.removeFirst() }
        while let last = text.last, last == 0x0A || last == 0x20 { text.removeLast() }
    }
}
