/// A read-only view of one element's attributes as libxml2 reports them during parsing.
///
/// libxml2 passes a NULL-terminated array of name/value pairs of NUL-terminated UTF-8 strings;
/// names are already lowercase. The view is only valid inside the callback that received it, and
/// lets callers inspect values in place: most elements of an Outlook message carry a `style`,
/// and copying each one would cost more than the checks themselves.
struct ElementAttributes {
    private let pairs: UnsafePointer<UnsafePointer<UInt8>?>?

    init(_ pairs: UnsafePointer<UnsafePointer<UInt8>?>?) {
        self.pairs = pairs
    }

    /// Whether the attribute is present, with or without a value (`<div hidden>`).
    func contains(_ name: StaticString) -> Bool {
        index(of: name) != nil
    }

    /// The attribute's value as UTF-8 bytes; empty for a present attribute without a value.
    func value(_ name: StaticString) -> [UInt8]? {
        withValue(name) { Array($0) }
    }

    /// Calls `body` with the attribute's value in place, or returns nil if it is absent.
    func withValue<Result>(_ name: StaticString, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard let pairs, let index = index(of: name) else { return nil }
        guard let value = pairs[index + 1] else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        var length = 0
        while value[length] != 0 { length += 1 }
        return body(UnsafeBufferPointer(start: value, count: length))
    }

    private func index(of name: StaticString) -> Int? {
        guard let pairs else { return nil }
        var index = 0
        while let attribute = pairs[index] {
            if matches(attribute, name) { return index }
            index += 2
        }
        return nil
    }

    private func matches(_ attribute: UnsafePointer<UInt8>, _ name: StaticString) -> Bool {
        let expected = name.utf8Start
        for offset in 0..<name.utf8CodeUnitCount {
            // Bit 5 lowercases ASCII letters, in case a parser left a name in upper case.
            if attribute[offset] | 0x20 != expected[offset] | 0x20 { return false }
        }
        return attribute[name.utf8CodeUnitCount] == 0
    }
}
