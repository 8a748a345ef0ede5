/// The HTML elements the renderer knows; everything else is `.other` and treated as inline.
///
/// Generated from a list of names. `init(name:)` packs the first seven bytes and the length of a
/// name into a `UInt64`, so recognising a tag costs one switch, not a chain of string comparisons.
enum HTMLTag: UInt8, Sendable {
    case other
    case a
    case abbr
    case address
    case article
    case aside
    case audio
    case b
    case big
    case blockquote
    case body
    case br
    case button
    case canvas
    case caption
    case center
    case cite
    case code
    case col
    case colgroup
    case dd
    case del
    case details
    case dfn
    case dir
    case div
    case dl
    case dt
    case em
    case embed
    case figcaption
    case figure
    case font
    case footer
    case form
    case frame
    case frameset
    case h1
    case h2
    case h3
    case h4
    case h5
    case h6
    case head
    case header
    case hr
    case html
    case i
    case iframe
    case img
    case input
    case ins
    case kbd
    case label
    case li
    case link
    case listing
    case main
    case map
    case math
    case menu
    case meta
    case nav
    case noframes
    case noscript
    case object
    case ol
    case option
    case p
    case picture
    case plaintext
    case pre
    case q
    case s
    case samp
    case script
    case section
    case select
    case small
    case source
    case span
    case strike
    case strong
    case style
    case sub
    case summary
    case sup
    case svg
    case table
    case tbody
    case td
    case template
    case textarea
    case tfoot
    case th
    case thead
    case title
    case tr
    case tt
    case u
    case ul
    case `var`
    case video
    case xml
    case xmp

    /// Looks up a lowercase element name given as UTF-8 bytes.
    init(name: UnsafeBufferPointer<UInt8>) {
        var key = UInt64(truncatingIfNeeded: min(name.count, 255)) << 56
        for index in 0..<min(name.count, 7) {
            // Setting bit 5 lowercases ASCII letters and leaves digits alone.
            key |= UInt64(name[index] | 0x20) << (8 * UInt64(index))
        }
        let tag = HTMLTag(packedKey: key)
        // Names longer than seven bytes share a key with any name of the same prefix and length.
        if name.count > 7, tag != .other, !Self.name(of: tag).utf8.elementsEqual(name.lazy.map { $0 | 0x20 }) {
            self = .other
        } else {
            self = tag
        }
    }

    private init(packedKey: UInt64) {
        switch packedKey {
        case 0x100000000000061: self = .a
        case 0x400000072626261: self = .abbr
        case 0x773736572646461: self = .address
        case 0x7656c6369747261: self = .article
        case 0x500006564697361: self = .aside
        case 0x500006f69647561: self = .audio
        case 0x100000000000062: self = .b
        case 0x300000000676962: self = .big
        case 0xa75716b636f6c62: self = .blockquote
        case 0x400000079646f62: self = .body
        case 0x200000000007262: self = .br
        case 0x6006e6f74747562: self = .button
        case 0x6007361766e6163: self = .canvas
        case 0x76e6f6974706163: self = .caption
        case 0x6007265746e6563: self = .center
        case 0x400000065746963: self = .cite
        case 0x400000065646f63: self = .code
        case 0x3000000006c6f63: self = .col
        case 0x8756f72676c6f63: self = .colgroup
        case 0x200000000006464: self = .dd
        case 0x3000000006c6564: self = .del
        case 0x7736c6961746564: self = .details
        case 0x3000000006e6664: self = .dfn
        case 0x300000000726964: self = .dir
        case 0x300000000766964: self = .div
        case 0x200000000006c64: self = .dl
        case 0x200000000007464: self = .dt
        case 0x200000000006d65: self = .em
        case 0x500006465626d65: self = .embed
        case 0xa74706163676966: self = .figcaption
        case 0x600657275676966: self = .figure
        case 0x4000000746e6f66: self = .font
        case 0x6007265746f6f66: self = .footer
        case 0x40000006d726f66: self = .form
        case 0x50000656d617266: self = .frame
        case 0x86573656d617266: self = .frameset
        case 0x200000000003168: self = .h1
        case 0x200000000003268: self = .h2
        case 0x200000000003368: self = .h3
        case 0x200000000003468: self = .h4
        case 0x200000000003568: self = .h5
        case 0x200000000003668: self = .h6
        case 0x400000064616568: self = .head
        case 0x600726564616568: self = .header
        case 0x200000000007268: self = .hr
        case 0x40000006c6d7468: self = .html
        case 0x100000000000069: self = .i
        case 0x600656d61726669: self = .iframe
        case 0x300000000676d69: self = .img
        case 0x500007475706e69: self = .input
        case 0x300000000736e69: self = .ins
        case 0x30000000064626b: self = .kbd
        case 0x500006c6562616c: self = .label
        case 0x20000000000696c: self = .li
        case 0x40000006b6e696c: self = .link
        case 0x7676e697473696c: self = .listing
        case 0x40000006e69616d: self = .main
        case 0x30000000070616d: self = .map
        case 0x40000006874616d: self = .math
        case 0x4000000756e656d: self = .menu
        case 0x40000006174656d: self = .meta
        case 0x30000000076616e: self = .nav
        case 0x8656d6172666f6e: self = .noframes
        case 0x870697263736f6e: self = .noscript
        case 0x6007463656a626f: self = .object
        case 0x200000000006c6f: self = .ol
        case 0x6006e6f6974706f: self = .option
        case 0x100000000000070: self = .p
        case 0x765727574636970: self = .picture
        case 0x965746e69616c70: self = .plaintext
        case 0x300000000657270: self = .pre
        case 0x100000000000071: self = .q
        case 0x100000000000073: self = .s
        case 0x4000000706d6173: self = .samp
        case 0x600747069726373: self = .script
        case 0x76e6f6974636573: self = .section
        case 0x6007463656c6573: self = .select
        case 0x500006c6c616d73: self = .small
        case 0x600656372756f73: self = .source
        case 0x40000006e617073: self = .span
        case 0x600656b69727473: self = .strike
        case 0x600676e6f727473: self = .strong
        case 0x50000656c797473: self = .style
        case 0x300000000627573: self = .sub
        case 0x77972616d6d7573: self = .summary
        case 0x300000000707573: self = .sup
        case 0x300000000677673: self = .svg
        case 0x50000656c626174: self = .table
        case 0x5000079646f6274: self = .tbody
        case 0x200000000006474: self = .td
        case 0x874616c706d6574: self = .template
        case 0x865726174786574: self = .textarea
        case 0x50000746f6f6674: self = .tfoot
        case 0x200000000006874: self = .th
        case 0x500006461656874: self = .thead
        case 0x50000656c746974: self = .title
        case 0x200000000007274: self = .tr
        case 0x200000000007474: self = .tt
        case 0x100000000000075: self = .u
        case 0x200000000006c75: self = .ul
        case 0x300000000726176: self = .`var`
        case 0x500006f65646976: self = .video
        case 0x3000000006c6d78: self = .xml
        case 0x300000000706d78: self = .xmp
        default: self = .other
        }
    }

    private static func name(of tag: HTMLTag) -> String {
        switch tag {
        case .blockquote: return "blockquote"
        case .colgroup: return "colgroup"
        case .figcaption: return "figcaption"
        case .frameset: return "frameset"
        case .noframes: return "noframes"
        case .noscript: return "noscript"
        case .plaintext: return "plaintext"
        case .template: return "template"
        case .textarea: return "textarea"
        default: return ""
        }
    }
}
