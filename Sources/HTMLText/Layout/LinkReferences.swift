/// Numbers the links of a message and remembers their targets for the list at the end.
///
/// A link whose text already shows its target, a `mailto:` or `tel:` link, and in-page or script
/// links get no number: repeating them would only add noise. The same URL keeps one number.
/// The checks work on bytes; a `String` is made only for a URL that gets listed.
struct LinkReferences {
    private(set) var urls: [String] = []
    private var numbers: [String: Int] = [:]

    private static let webSchemes: [StaticString] = ["https://", "http://"]
    private static let unlistedSchemes: [StaticString] = ["#", "mailto:", "tel:", "javascript:", "cid:", "data:"]

    private typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    /// The reference number for a link with `label` pointing at `href`, or nil if it needs none.
    mutating func number(href: [UInt8], label: ArraySlice<UInt8>) -> Int? {
        href.withUnsafeBufferPointer { href in
            label.withUnsafeBufferPointer { label in number(target: Self.trimmed(href[...]), label: Self.trimmed(label[...])) }
        }
    }

    private mutating func number(target: Bytes, label: Bytes) -> Int? {
        if target.isEmpty || Self.unlistedSchemes.contains(where: { Self.hasPrefix(target, $0) }) { return nil }
        if Self.equalFolded(Self.normalised(label), Self.normalised(target)) { return nil }
        let url = TextSanitizer.sanitizeLine(String(decoding: UnsafeBufferPointer(rebasing: target), as: UTF8.self))
        // Most messages have a handful of links: comparing with each costs less than hashing
        // (and allocating a dictionary). Newsletters with hundreds get an index.
        if urls.count < Self.linearSearchLimit {
            if let index = urls.firstIndex(of: url) { return index + 1 }
        } else {
            if numbers.isEmpty {
                for (index, listed) in urls.enumerated() { numbers[listed] = index + 1 }
            }
            // One hash of the URL for the common case, a link not seen before.
            if let existing = numbers.updateValue(urls.count + 1, forKey: url) {
                numbers[url] = existing
                return existing
            }
        }
        urls.append(url)
        return urls.count
    }

    private static let linearSearchLimit = 16

    private static func trimmed(_ bytes: Bytes) -> Bytes {
        var bytes = bytes
        while let first = bytes.first, first <= 0x20 || first == InlineText.nonBreakingSpace { bytes = bytes.dropFirst() }
        while let last = bytes.last, last <= 0x20 || last == InlineText.nonBreakingSpace { bytes = bytes.dropLast() }
        return bytes
    }

    /// The URL without `http://` or `https://` and trailing slashes, to compare with link text.
    private static func normalised(_ url: Bytes) -> Bytes {
        var url = url
        for scheme in webSchemes where hasPrefix(url, scheme) {
            url = url.dropFirst(scheme.utf8CodeUnitCount)
        }
        while url.last == UInt8(ascii: "/") { url = url.dropLast() }
        return url
    }

    private static func hasPrefix(_ bytes: Bytes, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let start = bytes.startIndex
        for offset in 0..<count where bytes[start + offset].asciiLowercased != prefix.utf8Start[offset].asciiLowercased {
            return false
        }
        return true
    }

    /// Whether the bytes are equal with ASCII letters compared without case.
    private static func equalFolded(_ a: Bytes, _ b: Bytes) -> Bool {
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) where x.asciiLowercased != y.asciiLowercased { return false }
        return true
    }
}
