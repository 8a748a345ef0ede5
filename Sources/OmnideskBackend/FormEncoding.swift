/// Encodes form fields as the Omnidesk API expects them: `multipart/form-data` for POST,
/// `application/x-www-form-urlencoded` for PUT and DELETE bodies, and percent-encoded
/// query strings for GET.
///
/// ```swift
/// FormEncoding.urlEncoded([FormField("ticketIDs[]", "1"), FormField("ticketIDs[]", "2")])
/// // "ticketIDs%5B%5D=1&ticketIDs%5B%5D=2"
/// ```
enum FormEncoding {
    /// A body for `application/x-www-form-urlencoded` (spaces as `+`, per the HTML form rules).
    static func urlEncoded(_ fields: [FormField]) -> String {
        fields.map { "\(formEscape($0.name))=\(formEscape($0.value))" }.joined(separator: "&")
    }

    /// A query string (without the `?`); spaces as `%20`, which every server decodes.
    static func query(_ fields: [FormField]) -> String {
        fields.map { "\(percentEscape($0.name))=\(percentEscape($0.value))" }.joined(separator: "&")
    }

    /// A `multipart/form-data` body with the given boundary (see ``makeBoundary(for:)``).
    static func multipart(_ fields: [FormField], boundary: String) -> [UInt8] {
        var body: [UInt8] = []
        for field in fields {
            body += Array("--\(boundary)\r\n".utf8)
            body += Array("Content-Disposition: form-data; name=\"\(dispositionEscape(field.name))\"\r\n\r\n".utf8)
            body += Array(field.value.utf8)
            body += Array("\r\n".utf8)
        }
        body += Array("--\(boundary)--\r\n".utf8)
        return body
    }

    /// The `Content-Type` header for a multipart body.
    static func multipartContentType(boundary: String) -> String {
        "multipart/form-data; boundary=\(boundary)"
    }

    /// A random boundary that occurs in none of the values, so no value can end its part early.
    static func makeBoundary(for fields: [FormField]) -> String {
        var generator = SystemRandomNumberGenerator()
        while true {
            let random = (0..<4).map { _ in String(generator.next() as UInt64, radix: 36) }.joined()
            let boundary = "ticketty-\(random)"
            if !fields.contains(where: { $0.value.contains(boundary) || $0.name.contains(boundary) }) {
                return boundary
            }
        }
    }

    // MARK: - Escaping

    /// Unreserved characters of RFC 3986; everything else is percent-encoded as UTF-8.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    static func percentEscape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += hex(byte)
            }
        }
        return out
    }

    static func formEscape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if byte == UInt8(ascii: " ") {
                out += "+"
            } else if isUnreserved(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += hex(byte)
            }
        }
        return out
    }

    /// Field names inside `name="..."`: quotes and line breaks escaped as the HTML standard does,
    /// so a name cannot close the header or start a new one.
    private static func dispositionEscape(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\"": out += "%22"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "%\(digits[Int(byte >> 4)])\(digits[Int(byte & 0x0F)])"
    }
}
