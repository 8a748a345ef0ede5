import Hummingbird

extension Request {
    /// The largest body the desk reads; larger ones get 413.
    static let maximumFormBytes = 4 * 1024 * 1024

    /// The form fields of a write: the multipart or urlencoded body, then the query string's
    /// fields (some clients put `ticketIDs[]` of a DELETE into the URL).
    mutating func formFields() async throws(DeskError) -> FormFields {
        let buffer: ByteBuffer
        do {
            buffer = try await body.collect(upTo: Self.maximumFormBytes)
        } catch {
            throw .tooLarge
        }
        let bytes = Array(buffer.readableBytesView)
        let contentType = headers[.contentType] ?? ""
        let mediaType = contentType.split(separator: ";").first?.trimmingSpaces.lowercased() ?? ""
        var fields: FormFields
        switch mediaType {
        case "multipart/form-data":
            guard let boundary = MultipartForm.boundary(fromContentType: contentType) else {
                throw .badRequest("multipart/form-data body without a boundary.")
            }
            do {
                fields = try MultipartForm.parse(bytes, boundary: boundary)
            } catch {
                throw .badRequest("Malformed multipart/form-data body.")
            }
        case "application/x-www-form-urlencoded":
            fields = URLEncodedForm.parse(bytes)
        case "":
            guard bytes.isEmpty else {
                throw .badRequest("A body needs Content-Type multipart/form-data or application/x-www-form-urlencoded.")
            }
            fields = FormFields()
        default:
            throw .badRequest("Unsupported Content-Type \(mediaType.prefix(60)); send multipart/form-data or application/x-www-form-urlencoded.")
        }
        if let query = uri.query {
            fields.append(contentsOf: URLEncodedForm.parse(Array(query.utf8)))
        }
        return fields
    }
}
