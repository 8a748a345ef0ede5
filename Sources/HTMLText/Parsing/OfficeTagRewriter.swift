#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Rewrites Word's `<o:p>` and `</o:p>` as `<span>` and `</span>` before libxml2 parses them.
///
/// Outlook wraps the content of nearly every paragraph in `<o:p>`, an element of the Office
/// namespace that libxml2's HTML parser does not know. For every unknown tag libxml2 formats an
/// error message with `vsnprintf` and copies it twice, even with errors switched off: on a large
/// Outlook message that was 15 % of the whole render. To a browser, and to this renderer,
/// `<o:p>` is an inline element with no meaning of its own, which is exactly what `<span>` is.
enum OfficeTagRewriter {
    /// The bytes with every `<o:p>` and `</o:p>` replaced, or nil when there is none (all mail
    /// not written by Outlook), so that the common case copies nothing.
    static func rewritten(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = bytes.baseAddress, var match = nextTag(in: bytes, from: 0) else { return nil }
        // Each replacement is one byte longer than the 5 or 6 it replaces: at most 6/5 of the input.
        let capacity = bytes.count + bytes.count / 5 + 1
        return [UInt8](unsafeUninitializedCapacity: capacity) { out, initialized in
            guard let target = out.baseAddress else { return }
            var written = 0
            var copied = 0
            func copy(_ source: UnsafePointer<UInt8>, _ count: Int) {
                (target + written).initialize(from: source, count: count)
                written += count
            }
            while true {
                copy(base + copied, match.start - copied)
                let span: StaticString = match.isEnd ? "</span>" : "<span>"
                copy(span.utf8Start, span.utf8CodeUnitCount)
                copied = match.start + (match.isEnd ? 6 : 5)
                guard let next = nextTag(in: bytes, from: copied) else { break }
                match = next
            }
            copy(base + copied, bytes.count - copied)
            initialized = written
        }
    }

    /// The next `<o:p>` or `</o:p>` at or after `start`.
    ///
    /// Looks for the colon with `memchr`, which scans many bytes per instruction: colons are
    /// rare in markup (styles, URLs), tags are not.
    private static func nextTag(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (start: Int, isEnd: Bool)? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = start
        while index < count, let found = memchr(base + index, 0x3A, count - index) {
            let colon = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            index = colon + 1
            // "<o:p>" or "</o:p>" around the colon.
            guard colon >= 2, colon + 2 < count, bytes[colon - 1] == 0x6F, bytes[colon + 1] == 0x70,
                bytes[colon + 2] == 0x3E
            else { continue }
            if bytes[colon - 2] == 0x3C { return (colon - 2, false) }
            if colon >= 3, bytes[colon - 2] == 0x2F, bytes[colon - 3] == 0x3C { return (colon - 3, true) }
        }
        return nil
    }
}
