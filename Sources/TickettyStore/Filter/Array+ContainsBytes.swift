extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes (see ``ByteSearch``).
    func containsBytes(_ needle: [UInt8]) -> Bool {
        withUnsafeBytes { haystack in
            needle.withUnsafeBytes { ByteSearch.find($0, in: haystack, from: 0, to: haystack.count) != nil }
        }
    }
}
