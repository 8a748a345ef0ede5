import Foundation

/// Reads Omnidesk's `"YYYY-MM-DD hh:mm:ss"` local times.
///
/// The account's time zone is needed because the strings carry no offset. Also accepted: a `T`
/// instead of the space, missing seconds, fractional seconds, and a `Z` or `±hh:mm` offset
/// (which then wins over the time zone). Anything else, including `0000-00-00 00:00:00`, is nil.
/// Hand-rolled because a formatter per field costs too much on 9,999-ticket pages.
struct OmnideskTimestamp: Sendable {
    let timeZone: TimeZone

    func date(_ text: String?) -> Date? {
        guard let text else { return nil }
        var scanner = DigitScanner(Array(text.utf8))
        scanner.skipSpaces()
        guard let year = scanner.number(digits: 4), scanner.take("-"),
            let month = scanner.number(digits: 2), scanner.take("-"),
            let day = scanner.number(digits: 2)
        else { return nil }
        var hour = 0
        var minute = 0
        var second = 0
        if scanner.take(" ") || scanner.take("T") {
            guard let h = scanner.number(digits: 2), scanner.take(":"), let m = scanner.number(digits: 2) else {
                return nil
            }
            hour = h
            minute = m
            if scanner.take(":") {
                guard let s = scanner.number(digits: 2) else { return nil }
                second = s
            }
            if scanner.take(".") { scanner.skipDigits() }
        }
        guard (1...9999).contains(year), (1...12).contains(month), (1...Self.daysIn(month, of: year)).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
        else { return nil }
        let local = Self.daysSince1970(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        scanner.skipSpaces()
        if scanner.atEnd { return Date(timeIntervalSince1970: TimeInterval(local - offset(atLocal: local))) }
        if scanner.take("Z") && scanner.atEnd { return Date(timeIntervalSince1970: TimeInterval(local)) }
        let sign = scanner.take("+") ? 1 : scanner.take("-") ? -1 : 0
        guard sign != 0, let offsetHours = scanner.number(digits: 2) else { return nil }
        _ = scanner.take(":")
        let offsetMinutes = scanner.number(digits: 2) ?? 0
        guard scanner.atEnd, offsetHours <= 23, offsetMinutes <= 59 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(local - sign * (offsetHours * 3600 + offsetMinutes * 60)))
    }

    /// The zone's offset for a wall-clock time; asked twice so times near a DST change land right.
    private func offset(atLocal local: Int) -> Int {
        let first = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local)))
        return timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local - first)))
    }

    private static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Howard Hinnant's days-from-civil.
    private static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

/// A cursor over ASCII bytes for ``OmnideskTimestamp``.
private struct DigitScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + digits] {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += digits
        return value
    }

    mutating func skipDigits() {
        while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
    }

    mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
    }
}
