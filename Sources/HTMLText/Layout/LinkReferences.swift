/// Numbers the links of a message and remembers their targets for the list at the end.
///
/// A link whose text already shows its target, a `mailto:` or `tel:` link, and in-page or script
/// links get no number: repeating them would only add noise. The same URL keeps one number.
struct LinkReferences {
    private(set) var urls: [String] = []
    private var numbers: [String: Int] = [:]

    /// The reference number for a link with `label` pointing at `href`, or nil if it needs none.
    mutating func number(href: [UInt8], label: ArraySlice<UInt8>) -> Int? {
        let target = TextSanitizer.sanitizeLine(String(decoding: href, as: UTF8.self))
            .trimmingWhitespace()
        let lowercased = target.lowercased()
        if target.isEmpty || target.hasPrefix("#") || lowercased.hasPrefix("mailto:")
            || lowercased.hasPrefix("tel:") || lowercased.hasPrefix("javascript:")
            || lowercased.hasPrefix("cid:")
        {
            return nil
        }
        let text = String(decoding: label, as: UTF8.self).trimmingWhitespace()
        if Self.showsTarget(text: text, target: target) { return nil }
        if let existing = numbers[target] { return existing }
        urls.append(target)
        numbers[target] = urls.count
        return urls.count
    }

    /// Whether the visible text is the URL itself, give or take the scheme and a trailing slash.
    private static func showsTarget(text: String, target: String) -> Bool {
        func normalised(_ url: String) -> Substring {
            var url = Substring(url)
            for scheme in ["https://", "http://"] where url.lowercased().hasPrefix(scheme) {
                url = url.dropFirst(scheme.count)
            }
            while url.hasSuffix("/") { url = url.dropLast() }
            return url
        }
        return !text.isEmpty && normalised(text).lowercased() == normalised(target).lowercased()
    }
}
