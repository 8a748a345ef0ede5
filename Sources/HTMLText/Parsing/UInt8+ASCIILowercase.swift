extension UInt8 {
    /// The byte with ASCII capitals lowered; every other byte as it is. HTML's tag names,
    /// attribute values like `display:none` and URL schemes compare this way.
    @inline(__always)
    var asciiLowercased: UInt8 {
        (0x41...0x5A).contains(self) ? self | 0x20 : self
    }
}
