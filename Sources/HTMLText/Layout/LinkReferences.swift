/// Numbers the links of a message and remembers their targets for the list at the end.
///
/// A link whose text already shows its target, a `mailto:` or `tel:` link, and in-page or script
/// links get no number: repeating them would only add noise. The same URL keeps one number.
/// The checks work on bytes; a `String` is made only for a URL that gets listed.
struct LinkReferences {
    private(set) var urls: [String] = []
    private var numbers: [String: Int] = [:]

    private static let webSchemes: [[UInt8]] = ["https://", "http://"].map { Array($0.utf8) }
    private static let unlistedSchemes: [[UInt8]] = ["#", "mailto:", "tel:", "javascript:", "cid:", "data:"].map { Array($0.utf8) }

    /// The reference number for a link with `label` pointing at `href`, or nil if it needs none.
    mutating func number(href: [UInt8], label: ArraySlice<UInt8>) -> Int? {
        let target = Self.trimmed(href[...])
        if target.isEmpty || Self.unlistedSchemes.contains(where: { Self.hasPrefix(target, $0) }) { return nil }
        if Self.normalised(Self.trimmed(label)).elementsEqual(Self.normalised(target), by: Self.equalFolded) {
            return nil
        }
        let url = TextSanitizer.sanitizeLine(target.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) })
        // One hash of the URL for the common case, a link not seen before.
        let next = urls.count + 1
        if let existing = numbers.updateValue(next, forKey: url) {
            numbers[url] = existing
            return existing
        }
        urls.append(url)
        return next
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isSpace: (UInt8) -> Bool = { $0 <= 0x20 || $0 == InlineText.nonBreakingSpace }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else {
            return []
        }
        return bytes[first...last]
    }

    /// The URL without `http://` or `https://` and trailing slashes, to compare with link text.
    private static func normalised(_ url: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var url = url
        for scheme in webSchemes where hasPrefix(url, scheme) {
            url = url.dropFirst(scheme.count)
        }
        while url.last == UInt8(ascii: "/") { url = url.dropLast() }
        return url
    }

    private static func hasPrefix(_ bytes: ArraySlice<UInt8>, _ prefix: [UInt8]) -> Bool {
        bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy(equalFolded)
    }

    private static func equalFolded(_ a: UInt8, _ b: UInt8) -> Bool {
        let fold: (UInt8) -> UInt8 = { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        return fold(a) == fold(b)
    }
}
