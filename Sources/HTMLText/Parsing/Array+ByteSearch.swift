extension Array where Element == UInt8 {
    /// Whether the bytes contain `needle`'s UTF-8. Meant for short attribute values, so a simple
    /// scan is enough.
    func containsBytes(_ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard count > 0, count <= self.count else { return count == 0 }
        let first = needle.utf8Start[0]
        return withUnsafeBufferPointer { haystack in
            for start in 0...(haystack.count - count) where haystack[start] == first {
                var offset = 1
                while offset < count, haystack[start + offset] == needle.utf8Start[offset] { offset += 1 }
                if offset == count { return true }
            }
            return false
        }
    }
}
