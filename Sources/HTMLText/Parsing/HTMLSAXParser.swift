internal import CLibXML2

/// Runs libxml2's HTML parser over bytes and streams elements and text into a `DocumentBuilder`.
///
/// This is the only file that talks to libxml2. It uses the SAX interface rather than building a
/// DOM: the renderer needs one pass over the elements, and skipping libxml2's tree (one malloc per
/// node, then freeing it all) roughly doubles throughput on large Outlook messages.
enum HTMLSAXParser {
    /// `xmlInitParser` must run once before any thread parses; a static let runs it exactly once.
    private static let libraryInitialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses `bytes`, decoded from `encoding` (an iconv name), reporting events to `builder`.
    ///
    /// The parser recovers from broken markup, never touches the network, ignores `<meta>`
    /// charsets (the caller has already chosen the encoding) and prints nothing.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, encoding: String, into builder: inout DocumentBuilder) {
        run(bytes, encoding: encoding, builder: &builder, callbacks: true)
    }

    /// Parses without reporting anything: libxml2's own cost, the floor for the renderer.
    static func parseOnly(_ bytes: UnsafeBufferPointer<UInt8>, encoding: String) {
        var builder = DocumentBuilder()
        run(bytes, encoding: encoding, builder: &builder, callbacks: false)
    }

    private static func run(
        _ bytes: UnsafeBufferPointer<UInt8>, encoding: String, builder: inout DocumentBuilder, callbacks: Bool
    ) {
        guard libraryInitialised, let base = bytes.baseAddress, bytes.count > 0,
            bytes.count < Int(Int32.max)
        else { return }
        // The generic error handler is thread-local in libxml2, so install it on every call.
        ticketty_xml_silence_errors()

        let context = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            htmlCreateMemoryParserCtxt($0, Int32(bytes.count))
        }
        guard let context else { return }
        defer { htmlFreeParserCtxt(context) }

        var handler = htmlSAXHandler()
        handler.startElement = { userData, name, attributes in
            guard let userData, let name else { return }
            let nameBytes = UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name)))
            userData.assumingMemoryBound(to: DocumentBuilder.self).pointee.startElement(
                HTMLTag(name: nameBytes), attributes: ElementAttributes(UnsafePointer(attributes)))
        }
        handler.endElement = { userData, _ in
            guard let userData else { return }
            userData.assumingMemoryBound(to: DocumentBuilder.self).pointee.endElement()
        }
        let characters: charactersSAXFunc = { userData, text, length in
            guard let userData, let text, length > 0 else { return }
            userData.assumingMemoryBound(to: DocumentBuilder.self).pointee.characters(
                UnsafeBufferPointer(start: text, count: Int(length)))
        }
        handler.characters = characters
        handler.ignorableWhitespace = characters
        handler.cdataBlock = characters
        // A structured error handler that does nothing: libxml2 would otherwise fall back to
        // printing every complaint about the markup on stderr, which is the agent's terminal.
        handler.serror = { _, _ in }
        if !callbacks {
            handler.startElement = nil
            handler.endElement = nil
            handler.characters = nil
            handler.ignorableWhitespace = nil
            handler.cdataBlock = nil
        }
        handler.initialized = XML_SAX2_MAGIC
        context.pointee.sax.pointee = handler

        if let encoder = xmlFindCharEncodingHandler(encoding) {
            xmlSwitchToEncoding(context, encoder)
        }
        let options =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_NOIMPLIED.rawValue
        htmlCtxtUseOptions(context, Int32(options))
        // The callbacks reach the builder through a plain pointer: no class box, so no retain
        // and no runtime exclusivity check per parser event. The pointer is valid for the whole
        // parse because `htmlParseDocument` returns before `withUnsafeMutablePointer` does.
        withUnsafeMutablePointer(to: &builder) { pointer in
            context.pointee.userData = UnsafeMutableRawPointer(pointer)
            htmlParseDocument(context)
            context.pointee.userData = nil
        }
    }
}
