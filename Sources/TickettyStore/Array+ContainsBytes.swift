extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes. UTF-8 never starts a character inside another,
    /// so a byte match of two folded strings is a text match.
    func containsBytes(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= count else { return false }
        return withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                var start = 0
                let lastStart = haystack.count - needle.count
                while start <= lastStart {
                    if haystack[start] == first {
                        var offset = 1
                        while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
                        if offset == needle.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}
