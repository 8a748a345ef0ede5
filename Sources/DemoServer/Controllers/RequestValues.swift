import Hummingbird

/// Reading and validating the values of a request; every failure is a 400 naming the field.
enum RequestValues {
    /// The query string's fields.
    static func query(_ request: Request) -> FormFields {
        URLEncodedForm.parse(Array((request.uri.query ?? "").utf8))
    }

    /// `itemStart` and `itemLimit`, defaulted and range-checked.
    static func paging(_ query: FormFields) throws(DeskError) -> (start: Int, limit: Int) {
        var start = 0
        if let text = nonEmpty(query["itemStart"]) {
            guard let value = Int(text), value >= 0 else {
                throw .badRequest("itemStart must be a whole number of 0 or more.")
            }
            start = value
        }
        var limit = OmnideskContract.defaultItemLimit
        if let text = nonEmpty(query["itemLimit"]) {
            guard let value = Int(text), OmnideskContract.itemLimitRange.contains(value) else {
                throw .badRequest("itemLimit must be a whole number from 1 to 9999.")
            }
            limit = value
        }
        return (start, limit)
    }

    /// The ticket id in the path; a non-numeric id names no ticket, so it is a 404.
    static func pathTicketID(_ context: DeskRequestContext) throws(DeskError) -> Int {
        let text = context.parameters.get("ticketID") ?? ""
        guard let id = OmnideskContract.parseID(Substring(text)) else {
            throw .notFound("Ticket not found: \(String(text.prefix(40))) is not a ticket id.")
        }
        return id
    }

    /// A required numeric id field.
    static func id(_ fields: FormFields, _ name: String) throws(DeskError) -> Int {
        guard let text = nonEmpty(fields[name]) else { throw .badRequest("Missing field: \(name).") }
        guard let id = OmnideskContract.parseID(Substring(text)) else {
            throw .badRequest("\(name) must be a positive whole number.")
        }
        return id
    }

    /// An optional whole number (0 allowed), nil when absent or empty.
    static func optionalNumber(_ fields: FormFields, _ name: String) throws(DeskError) -> Int? {
        guard let text = nonEmpty(fields[name]) else { return nil }
        guard text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), text.count <= 18, let value = Int(text) else {
            throw .badRequest("\(name) must be a whole number.")
        }
        return value
    }

    /// `ticketIDs[]` (also `ticketIDs`), at least one, all numeric, no more than 10,000.
    static func ticketIDs(_ fields: FormFields) throws(DeskError) -> [Int] {
        let texts = fields.all("ticketIDs[]") + fields.all("ticketIDs")
        guard !texts.isEmpty else { throw .badRequest("Missing field: ticketIDs[].") }
        guard texts.count <= 10_000 else { throw .badRequest("Too many ticketIDs[] (at most 10000).") }
        var ids: [Int] = []
        for text in texts {
            guard let id = OmnideskContract.parseID(Substring(text.trimmingSpaces)) else {
                throw .badRequest("ticketIDs[] must hold positive whole numbers.")
            }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// A required word from a fixed list.
    static func word(_ fields: FormFields, _ name: String, oneOf words: [String]) throws(DeskError) -> String {
        guard let text = nonEmpty(fields[name]) else { throw .badRequest("Missing field: \(name).") }
        guard words.contains(text) else {
            throw .badRequest("\(name) must be one of: \(words.joined(separator: ", ")).")
        }
        return text
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmingSpaces, !text.isEmpty else { return nil }
        return text
    }
}
