/// Parses `multipart/form-data` bodies (RFC 7578) into fields.
///
/// Tolerant where clients differ (quoted boundaries, LF-only line ends, a preamble, a missing
/// final `--`), strict where a guess would be wrong: no boundary, or a part without a name,
/// is an error rather than a silently dropped field. File parts are kept as text fields.
enum MultipartForm {
    enum ParseError: Error, Equatable {
        case missingBoundary
        case malformedPart
    }

    /// The `boundary` parameter of a `multipart/form-data` content type, quoted or not.
    static func boundary(fromContentType contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingSpaces.lowercased() == "boundary" else { continue }
            var value = pair[1].trimmingSpaces
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            // RFC 2046 caps boundaries at 70 characters; the cap also bounds the parser's work.
            return value.isEmpty || value.utf8.count > 70 ? nil : value
        }
        return nil
    }

    static func parse(_ body: [UInt8], boundary: String) throws(ParseError) -> FormFields {
        let delimiter = Array("--\(boundary)".utf8)
        var fields = FormFields()
        var starts = occurrences(of: delimiter, in: body)
        guard !starts.isEmpty else {
            if body.allSatisfy({ $0 == 0x0D || $0 == 0x0A || $0 == 0x20 }) { return fields }
            throw .missingBoundary
        }
        starts.append(body.count)
        for (start, next) in zip(starts, starts.dropFirst()) {
            var partStart = start + delimiter.count
            // "--boundary--" closes the body.
            if body[partStart..<min(partStart + 2, body.count)].elementsEqual([0x2D, 0x2D]) { break }
            partStart = skipLineEnd(body, from: partStart)
            var partEnd = next
            // The CRLF (or LF) before the next delimiter belongs to the delimiter, not the value.
            if partEnd > partStart, body[partEnd - 1] == 0x0A { partEnd -= 1 }
            if partEnd > partStart, body[partEnd - 1] == 0x0D { partEnd -= 1 }
            guard partStart <= partEnd else { throw .malformedPart }
            fields.append(contentsOf: FormFields([try parsePart(Array(body[partStart..<partEnd]))]))
        }
        return fields
    }

    private static func parsePart(_ part: [UInt8]) throws(ParseError) -> (name: String, value: String) {
        let headerEnd: Int
        let bodyStart: Int
        if let crlf = occurrences(of: [0x0D, 0x0A, 0x0D, 0x0A], in: part).first {
            (headerEnd, bodyStart) = (crlf, crlf + 4)
        } else if let lf = occurrences(of: [0x0A, 0x0A], in: part).first {
            (headerEnd, bodyStart) = (lf, lf + 2)
        } else {
            throw .malformedPart
        }
        let headers = String(decoding: part[0..<headerEnd], as: UTF8.self)
        var name: String?
        for line in headers.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) {
            let pair = line.split(separator: ":", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingSpaces.lowercased() == "content-disposition" else { continue }
            name = dispositionName(String(pair[1]))
        }
        guard let name, !name.isEmpty else { throw .malformedPart }
        return (name, String(decoding: part[bodyStart...], as: UTF8.self))
    }

    /// The `name="..."` parameter of `form-data; name="ticketIDs[]"` (not `filename=`).
    private static func dispositionName(_ value: String) -> String? {
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingSpaces.lowercased() == "name" else { continue }
            var name = pair[1].trimmingSpaces
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 {
                name = String(name.dropFirst().dropLast())
            }
            return name
        }
        return nil
    }

    private static func skipLineEnd(_ body: [UInt8], from index: Int) -> Int {
        var index = index
        while index < body.count, body[index] == 0x20 || body[index] == 0x09 { index += 1 }
        if index < body.count, body[index] == 0x0D { index += 1 }
        if index < body.count, body[index] == 0x0A { index += 1 }
        return index
    }

    /// Start offsets of every occurrence of `needle` that begins a line (or the body).
    private static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        var found: [Int] = []
        var index = 0
        let last = haystack.count - needle.count
        let lineBound = needle.first == 0x2D
        while index <= last {
            if haystack[index] == needle[0], !lineBound || index == 0 || haystack[index - 1] == 0x0A,
                haystack[index..<index + needle.count].elementsEqual(needle)
            {
                found.append(index)
                index += needle.count
            } else {
                index += 1
            }
        }
        return found
    }
}
