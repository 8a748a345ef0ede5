import XCTest

@testable import HTMLText

final class HTMLRendererTests: XCTestCase {
    private func render(_ html: String, width: Int = 40) -> String {
        HTMLRenderer.render(html, width: width)
    }

    // MARK: Blocks and whitespace

    func testParagraphsAndHeadingsAreBlankLineSeparatedAndWhitespaceCollapses() {
        XCTAssertEqual(render("<h1>Title</h1>\n<p>one\n   two</p><div>three</div>four<br>five"),
            "Title\n\none two\n\nthree\n\nfour\nfive")
    }

    func testPreformattedTextIsKeptVerbatimWithTabsExpanded() {
        XCTAssertEqual(render("<p>code:</p><pre>\n  a   b\n\tc\n</pre>"), "code:\n\n  a   b\n        c")
    }

    func testNonBreakingSpacesDoNotBreak() {
        XCTAssertEqual(render("<p>aaaa bbbb&nbsp;cccc</p>", width: 10), "aaaa\nbbbb cccc")
    }

    func testZeroWidthAndSoftHyphenCharactersAreDropped() {
        XCTAssertEqual(render("<p>foo&shy;bar zw&#8203;sp a&zwnj;b</p>"), "foobar zwsp ab")
    }

    // MARK: Lists and quotes

    func testNestedListsHaveMarkersAndHangingIndents() {
        let html = "<ol start=9><li>nine<li>ten with a long text that wraps around<ul><li>sub one<li>sub two</ul></ol><p>after</p>"
        XCTAssertEqual(render(html, width: 24), """
            9.  nine
            10. ten with a long text
                that wraps around
                * sub one
                * sub two

            after
            """)
    }

    func testBlockquotesNest() {
        XCTAssertEqual(render("<p>Hi</p><blockquote>Hello<blockquote>inner</blockquote>outer</blockquote>"),
            "Hi\n\n> Hello\n>\n>> inner\n>\n> outer")
    }

    func testGmailQuotedReplyIsQuoted() {
        let html = """
            <p>Thanks!</p><div class="gmail_quote"><div class="gmail_attr">On Mon, Bob wrote:</div>
            <blockquote class="gmail_quote" style="margin:0 0 0 .8ex">Where is my order?</blockquote></div>
            """
        XCTAssertEqual(render(html), "Thanks!\n\nOn Mon, Bob wrote:\n\n> Where is my order?")
    }

    func testOutlookQuotedReplyIsQuotedToTheEndOfItsSection() {
        let html = """
            <div class=WordSection1><p>My reply</p>
            <div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
            <p><b>From:</b> Bob<br><b>Sent:</b> Monday</p></div><p>Original text</p></div><p>after</p>
            """
        XCTAssertEqual(render(html), "My reply\n\n> From: Bob\n> Sent: Monday\n>\n> Original text\n\nafter")
        XCTAssertEqual(render("<p>Reply</p><div id=\"divRplyFwdMsg\">From: Ann</div><div>Old</div>"),
            "Reply\n\n> From: Ann\n>\n> Old")
    }

    // MARK: Links and images

    func testLinksAreNumberedAndListedOnceMailtoAndVisibleURLsAreNot() {
        let html = """
            <p><a href="https://a.example/x">docs</a>, <a href="mailto:bob@example.com">bob@example.com</a>, \
            <a href="https://b.example/">https://b.example/</a>, <a href="https://a.example/x">again</a></p>
            """
        let document = HTMLRenderer.renderDocument(html, width: 60)
        XCTAssertEqual(document.body, "docs[1], bob@example.com, https://b.example/, again[1]")
        XCTAssertEqual(document.links, ["https://a.example/x"])
        XCTAssertEqual(render(html, width: 60), document.body + "\n\nLinks:\n[1] https://a.example/x")
    }

    func testImagesShowTheirAltTextOrNothing() {
        XCTAssertEqual(render("<p>a <img src=x alt=\"logo\"> b <img src=y> c <img src=z alt=\"\"></p>"), "a logo b c")
    }

    func testALinkShowingNoTextShowsItsTarget() {
        XCTAssertEqual(render("<p><a href=\"https://shop.example/\"><img src=logo.png></a> Hello</p>"), "https://shop.example/ Hello")
    }

    // MARK: Tables

    func testTableThatFitsIsLaidOutInAlignedColumns() {
        let html = "<table><tr><th>Name</th><th>Status</th></tr><tr><td>Printer</td><td>Open</td></tr><tr><td>Mouse</td><td>Closed</td></tr></table>"
        XCTAssertEqual(render(html), "Name     Status\nPrinter  Open\nMouse    Closed")
    }

    func testTableThatDoesNotFitIsStackedRowByRow() {
        let html = "<table><tr><td>A very long description of the first column</td><td>Another long description of column two</td></tr><tr><td>x</td><td>y</td></tr></table>"
        XCTAssertEqual(render(html), """
            A very long description of the first
            column
            Another long description of column two

            x
            y
            """)
    }

    func testCellSpanningColumnsKeepsTheNextCellInItsOwnColumn() {
        let html = """
            <table><tr><th>Item</th><th>Qty</th><th>Price</th></tr><tr><td>Tea</td><td>2</td><td>4.00</td></tr>
            <tr><td colspan="2">Total</td><td>4.00</td></tr></table>
            """
        XCTAssertEqual(render(html), "Item  Qty  Price\nTea   2    4.00\nTotal      4.00")
    }

    func testSpanningCellWiderThanItsColumnsWidensThem() {
        let html = "<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td colspan=2>wide heading</td><td>d</td></tr></table>"
        XCTAssertEqual(render(html), "a  b          c\nwide heading  d")
    }

    func testHostileColumnSpanIsBounded() {
        let html = "<table><tr><td colspan=99999999>x</td><td>y</td></tr><tr><td>1</td><td>2</td></tr></table>"
        // Spans stop at 64 columns, so "y" still lines up in a column of its own.
        XCTAssertEqual(render(html, width: 20), "x     y\n1  2")
    }

    func testLayoutTablesDoNotBecomeAGridOfEmptyCells() {
        let html = """
            <table width=600><tr><td></td><td><table><tr><td>Welcome</td></tr>
            <tr><td><p>Body one</p><p>Body two</p></td></tr></table></td><td>&nbsp;</td></tr>
            <tr><td></td><td></td><td></td></tr></table>
            """
        XCTAssertEqual(render(html), "Welcome\n\nBody one\n\nBody two")
    }

    // MARK: What must not show

    func testHeadStylesScriptsCommentsAndHiddenElementsProduceNoText() {
        let html = """
            <html><head><title>T</title><style>p{color:red}</style><script>alert(1)</script></head><body>
            <!--comment--><!--[if mso]><p>mso only</p><![endif]--><p>shown</p>
            <div style="Display : None">hidden1</div><span hidden>hidden2</span><p style="mso-hide:all">hidden3</p>
            <![if !mso]><p>downlevel</p><![endif]><noscript>ns</noscript></body></html>
            """
        XCTAssertEqual(render(html), "shown\n\ndownlevel")
    }

    func testHTML5AndNumericEntitiesAreDecodedAndEscapedOnesStayLiteral() {
        XCTAssertEqual(render("<p>&bigstar; &NotEqualTilde; &hellip; &#x1F600; &#233; &amp;lt; &amp;bigstar;</p>"),
            "★ ≂̸ … 😀 é &lt; &bigstar;")
    }

    func testEscapedHTML5EntityNameIsShownAsWrittenNotDecodedTwice() {
        XCTAssertEqual(render("<p>write &amp;NotEqualTilde; for &NotEqualTilde;</p>"), "write &NotEqualTilde; for ≂̸")
        XCTAssertEqual(render("<p>&amp;<b>bigstar</b>; &bigstar &unknownname; &#38;bigstar;</p>", width: 80),
            "&bigstar; &bigstar &unknownname; &bigstar;")
        XCTAssertEqual(render("<pre>&bigstar; &amp;bigstar;</pre>"), "★ &bigstar;")
    }

    func testOutlookParagraphMarkersDoNotChangeTheText() {
        let html = """
            <p class=MsoNormal>Hello<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
            <p class=MsoNormal>World <o:p>again</o:p></p>
            """
        XCTAssertEqual(render(html), "Hello\n\nWorld again")
    }

    // MARK: Charsets

    func testWindows1252BytesWithoutDeclarationAreDetected() {
        let bytes: [UInt8] = Array("<p>".utf8) + [0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35, 0x20, 0xE9] + Array("</p>".utf8)
        XCTAssertEqual(HTMLRenderer.render(data: bytes, width: 40), "“Hi” €5 é")
    }

    func testDeclaredISO88591IsReadAsBrowsersDo() {
        let bytes: [UInt8] = Array("<p>caf".utf8) + [0xE9, 0x20, 0x96, 0x20, 0x80] + Array("</p>".utf8)
        XCTAssertEqual(HTMLRenderer.render(data: bytes, width: 40, charset: "ISO-8859-1"), "café – €")
    }

    func testMetaCharsetIsHonoured() {
        let bytes: [UInt8] = Array("<meta charset=\"windows-1252\"><p>".utf8) + [0x93, 0x6F, 0x6B, 0x94] + Array("</p>".utf8)
        XCTAssertEqual(HTMLRenderer.render(data: bytes, width: 40), "“ok”")
        let latin2: [UInt8] = Array("<meta http-equiv=Content-Type content=\"text/html; charset=iso-8859-2\"><p>".utf8) + [0xB9] + Array("</p>".utf8)
        XCTAssertEqual(HTMLRenderer.render(data: latin2, width: 40), "š")
    }

    func testUTF8BytesAreReadAsUTF8EvenWithAContradictingMeta() {
        let bytes = Array("<meta charset=iso-8859-1><p>café 漢字</p>".utf8)
        XCTAssertEqual(HTMLRenderer.render(data: bytes, width: 40), "café 漢字")
    }

    // MARK: Width

    func testWideCharactersWrapByDisplayColumns() {
        let text = render("<p>漢字漢字 かなかな 한국어 😀😀😀</p>", width: 10)
        XCTAssertEqual(text, "漢字漢字\nかなかな\n한국어\n😀😀😀")
        for line in text.split(separator: "\n") { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 10) }
    }

    // MARK: Safety

    func testHostileTextInHTMLIsInert() {
        let html = "<p>Refund \u{1B}]52;c;aGk=\u{07} \u{202E}exe.txt \u{9B}31m &#x1b;[2J &#x202e; &#x9d;0;t &#127;</p>"
        let text = render(html, width: 80)
        TerminalSafety.assertInert(text)
        // libxml2 drops raw ESC and BEL as invalid characters; whatever remains is visible text.
        XCTAssertTrue(text.hasPrefix("Refund ]52;c;aGk= exe.txt ^[[31m"), text)
    }

    func testHostileLinkTargetsAreInert() {
        let document = HTMLRenderer.renderDocument("<a href=\"https://x.example/\u{1B}]0;t\u{07}\">x</a>", width: 80)
        XCTAssertEqual(document.links.count, 1)
        TerminalSafety.assertInert(document.links[0])
    }
}
