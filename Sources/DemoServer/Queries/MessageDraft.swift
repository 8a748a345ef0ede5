import Foundation

/// The validated fields of `POST /message`.
struct MessageDraft: Sendable {
    var ticketID: Int
    /// The channel id of a reply, or 0 for a note.
    var type: Int
    var html: String
    var toAddress: String?
    var cc: [String]
    var bcc: [String]
    var respondMessageID: Int?
    var author: AgentRecord

    var isNote: Bool { type == OmnideskContract.noteChannel }

    init(_ fields: FormFields, catalog: DeskCatalog) throws(DeskError) {
        ticketID = try RequestValues.id(fields, "ticketID")
        guard let typeText = RequestValues.nonEmpty(fields["type"]) else { throw .badRequest("Missing field: type.") }
        guard let type = Int(typeText), type == 0 || OmnideskContract.channelName(type) != nil else {
            throw .badRequest("type must be 0 (internal note) or a channel id (1 = e-mail, 2 = telephone, 3 = chat).")
        }
        self.type = type
        guard let message = fields["message"] else { throw .badRequest("Missing field: message.") }
        guard message.trimmingCharacters(in: .whitespacesAndNewlines).count >= OmnideskContract.minimumMessageLength else {
            throw .badRequest("message must have at least \(OmnideskContract.minimumMessageLength) characters.")
        }
        html = message
        toAddress = RequestValues.nonEmpty(fields["toAddress"])
        if type == OmnideskContract.emailChannel, toAddress == nil {
            throw .badRequest("Missing field: toAddress (required for e-mail replies).")
        }
        cc = Self.addresses(fields["ccInput"])
        bcc = Self.addresses(fields["bccInput"])
        respondMessageID = try RequestValues.optionalNumber(fields, "respondMessageID").flatMap { $0 == 0 ? nil : $0 }
        // Decision: without userID the key's own user writes, which is the desk's first agent.
        let userID = try RequestValues.optionalNumber(fields, "userID") ?? catalog.agents.first?.id ?? 0
        guard let author = catalog.agent(userID) else { throw .badRequest("Unknown userID \(userID).") }
        self.author = author
    }

    func record(ticket: TicketRecord, catalog: DeskCatalog, now: Int) -> TimelineRecord {
        let brandAddress = catalog.brands[ticket.brandId]?.supportAddress ?? ""
        return TimelineRecord(
            ticketId: ticketID, type: isNote ? "note" : "message", createdAt: now, userId: author.id,
            userName: author.name, channelId: type, direction: isNote ? "" : "outbound",
            fromAddress: isNote ? nil : brandAddress, toAddress: isNote ? nil : toAddress,
            fromName: isNote ? "" : author.name, statusNew: ticket.status, content: html,
            metaData: isNote ? "[]" : metaData())
    }

    /// `{"to":[...],"cc":[...],"bcc":[...]}` as a string, like the vendor's `meta_data`.
    private func metaData() -> String {
        func list(_ addresses: [String]) -> JSONValue {
            .array(addresses.map { .object([("address", .string($0)), ("name", .string(""))]) })
        }
        var fields: [(String, JSONValue)] = [("to", list(toAddress.map { [$0] } ?? []))]
        if !cc.isEmpty { fields.append(("cc", list(cc))) }
        if !bcc.isEmpty { fields.append(("bcc", list(bcc))) }
        return String(decoding: JSONValue.object(fields).bytes, as: UTF8.self)
    }

    private static func addresses(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }
}
