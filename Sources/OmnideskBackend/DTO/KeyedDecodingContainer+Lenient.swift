extension KeyedDecodingContainer {
    /// The field as an integer, or nil when absent, null or unreadable.
    func int(_ key: Key) -> Int? {
        (try? decodeIfPresent(LenientInt.self, forKey: key))??.value
    }

    /// The field as text, or nil when absent, null or unreadable.
    func string(_ key: Key) -> String? {
        (try? decodeIfPresent(LenientString.self, forKey: key))??.value
    }

    /// The field as tags; no tags when absent or unreadable.
    func tags(_ key: Key) -> [String] {
        (try? decodeIfPresent(LenientTags.self, forKey: key))??.value ?? []
    }

    /// The field as a list whose unreadable elements are dropped; empty when it is not a list.
    func lossyArray<Element: Decodable & Sendable>(_ key: Key, of type: Element.Type) -> [Element] {
        ((try? decodeIfPresent([Lossy<Element>].self, forKey: key)) ?? nil)?.compactMap(\.value) ?? []
    }
}
