extension [UInt8] {
    /// Appends a non-negative number in decimal ASCII, without going through string
    /// interpolation: link numbers are written thousands of times in a newsletter.
    mutating func appendDecimal(_ number: Int) {
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        while divisor > 0 {
            append(UInt8(ascii: "0") + UInt8(number / divisor % 10))
            divisor /= 10
        }
    }

    /// Appends a link's reference marker, such as "[12]".
    mutating func appendReference(_ number: Int) {
        append(UInt8(ascii: "["))
        appendDecimal(number)
        append(UInt8(ascii: "]"))
    }
}
