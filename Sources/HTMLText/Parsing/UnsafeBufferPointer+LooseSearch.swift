extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether the bytes contain `needle`, comparing ASCII letters without case and skipping
    /// whitespace in the bytes, so `"Display : None"` contains `"display:none"`.
    ///
    /// Meant for short attribute values such as inline styles; needles must be lowercase.
    func containsLoosely(_ needle: StaticString) -> Bool {
        let pattern = needle.utf8Start
        let patternCount = needle.utf8CodeUnitCount
        guard patternCount > 0 else { return true }
        for start in 0..<count where self[start].asciiLowercased == pattern[0] {
            var position = start + 1
            var matched = 1
            while matched < patternCount, position < count {
                let byte = self[position]
                position += 1
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
                guard byte.asciiLowercased == pattern[matched] else { break }
                matched += 1
            }
            if matched == patternCount { return true }
        }
        return false
    }
}
