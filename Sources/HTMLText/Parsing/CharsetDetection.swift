/// Chooses the character encoding to decode an HTML part with.
///
/// Order: the charset the MIME part declares, else UTF-8 if the bytes are valid UTF-8, else a
/// `<meta>` charset found in the first few kilobytes, else windows-1252. Labels are mapped as
/// browsers map them (WHATWG Encoding): `iso-8859-1`, `latin1` and `us-ascii` all mean
/// windows-1252, whose extra characters (curly quotes, euro sign) Outlook sends under those labels.
enum CharsetDetection {
    /// An encoding name libxml2 (through iconv) understands.
    static func encoding(for bytes: UnsafeBufferPointer<UInt8>, declared: String?) -> String {
        if let declared, let label = normalised(declared) { return label }
        if isValidUTF8(bytes) { return "UTF-8" }
        if let meta = metaCharset(bytes), let label = normalised(meta), label != "UTF-8" { return label }
        return "WINDOWS-1252"
    }

    /// The canonical name for a charset label, or nil for an empty or implausible label.
    static func normalised(_ label: String) -> String? {
        let trimmed = label.lowercased().filter { $0 != "\"" && $0 != "'" }.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 40,
            trimmed.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.:".contains($0)) })
        else { return nil }
        switch trimmed {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp1252",
            "windows-1252", "x-cp1252", "cp819", "ibm819":
            return "WINDOWS-1252"
        default: return trimmed.uppercased()
        }
    }

    /// Whether the bytes are well-formed UTF-8 (ASCII is checked eight bytes at a time).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        let count = bytes.count
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return false
            }
            // A sequence cut off by the end of the input (a truncated message) is not evidence
            // of another encoding.
            guard index + length <= count else { return count - index < 4 && bytes[(index + 1)...].allSatisfy { $0 & 0xC0 == 0x80 } }
            for offset in 1..<max(1, length) where bytes[index + offset] & 0xC0 != 0x80 { return false }
            if length == 3 {
                let second = bytes[index + 1]
                if lead == 0xE0 && second < 0xA0 { return false }
                if lead == 0xED && second > 0x9F { return false }
            } else if length == 4 {
                let second = bytes[index + 1]
                if lead == 0xF0 && second < 0x90 { return false }
                if lead == 0xF4 && second > 0x8F { return false }
            }
            index += length
        }
        return true
    }

    /// The value after `charset=` in the first 4 KB, where `<meta>` must appear.
    private static func metaCharset(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let head = Array(bytes.prefix(4096)).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        let needle = Array("charset=".utf8)
        guard head.count >= needle.count else { return nil }
        for start in 0...(head.count - needle.count) where head[start..<(start + needle.count)].elementsEqual(needle) {
            var index = start + needle.count
            while index < head.count, head[index] == 0x22 || head[index] == 0x27 || head[index] == 0x20 { index += 1 }
            let valueStart = index
            while index < head.count, head[index] != 0x22, head[index] != 0x27, head[index] != 0x3B,
                head[index] != 0x3E, head[index] != 0x20, head[index] != 0x2F
            {
                index += 1
            }
            if index > valueStart { return String(decoding: head[valueStart..<index], as: UTF8.self) }
        }
        return nil
    }
}
