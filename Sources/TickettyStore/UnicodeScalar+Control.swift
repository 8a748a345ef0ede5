extension Unicode.Scalar {
    /// A C0 or C1 control character (newline and tab included).
    var isControl: Bool { properties.generalCategory == .control }
}
