/// Renders timeline entries as the vendor does: events with numeric ids; notes and messages
/// with string ids, HTML `content` and `meta_data` as a JSON string.
struct TimelineJSON {
    let context: EmailContext

    func entry(_ e: TimelineRecord) -> JSONValue {
        let id = e.id ?? 0
        if e.type == "event" {
            return .object([
                ("id", OmnideskContract.timelineID(id, type: e.type)), ("ticket_id", .int(e.ticketId)),
                ("item_type", .string(e.itemType)), ("item_type_id", .string(e.itemTypeId)),
                ("description", .string(e.description)), ("initiated_by", .string(e.initiatedBy)),
                ("created_at", .string(OmnideskContract.timestamp(e.createdAt))), ("type", .string(e.type)),
            ])
        }
        let isNote = e.type == "note"
        let channel = isNote ? nil : OmnideskContract.channelName(e.channelId)
        let html = content(e)
        var fields: [(String, JSONValue)] = [
            ("to", .string(isNote ? nil : e.toAddress)), ("from", .string(isNote ? nil : e.fromAddress)),
            ("image", .string("")), ("created_at", .string(OmnideskContract.timestamp(e.createdAt))),
            ("pinned", .int(0)), ("id", OmnideskContract.timelineID(id, type: e.type)),
            ("channel_name", .string(channel)), ("channel_icon", .string(channel)),
            ("type", .string(e.type)), ("status_new", .string(e.statusNew)),
            ("user_id", .int(e.userId)), ("user_name", .string(e.userName)), ("user_avatar", .string("")),
            ("channel_id", .int(isNote ? OmnideskContract.noteChannel : e.channelId)),
            ("direction", .string(isNote ? "" : e.direction)), ("content", .string(html)),
            ("ticket_id", .int(e.ticketId)), ("external_id", .string(e.externalId)),
            ("from_name", .string(e.fromName)), ("to_name", .string(e.toName)),
            ("meta_data", .string(e.metaData)), ("in_queue", .int(0)), ("send_at", .null),
        ]
        if !isNote {
            fields.append(contentsOf: [
                ("content_whole", .string(html)),
                ("email_details", .string(e.channelId == OmnideskContract.emailChannel ? "to: \(e.toAddress ?? "")" : "")),
                ("email_show_reply_all", .bool(false)),
            ])
        }
        fields.append(("files", .array([])))
        return .object(fields)
    }

    /// Stored content, or the seeded template rendered afresh.
    private func content(_ e: TimelineRecord) -> String {
        if let content = e.content { return content }
        guard let raw = e.template, let template = EmailTemplate(rawValue: raw) else { return "" }
        var context = context
        if e.userId != 0, let name = e.userName { context.agentName = name }
        return SampleEmails.render(template, seed: e.templateSeed ?? 0, context: context)
    }
}
