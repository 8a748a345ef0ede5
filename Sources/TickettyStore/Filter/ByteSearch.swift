import Foundation

/// Finding bytes in bytes, the way the filter searches folded text: `memchr` for the first
/// byte, then `memcmp` for the rest. UTF-8 never starts a character inside another, so a byte
/// match of two folded strings is a text match.
enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `haystack[start..<end]`, or `nil`.
    static func find(_ needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int? {
        guard let first = needle.first, let needleBase = needle.baseAddress else { return start <= end ? start : nil }
        guard let base = haystack.baseAddress else { return nil }
        let lastStart = end - needle.count
        var offset = start
        while offset <= lastStart {
            guard let hit = memchr(base + offset, Int32(first), lastStart - offset + 1) else { return nil }
            let position = base.distance(to: UnsafeRawPointer(hit))
            if memcmp(base + position, needleBase, needle.count) == 0 { return position }
            offset = position + 1
        }
        return nil
    }
}
