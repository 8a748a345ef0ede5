/// Renders tickets in the shape of the vendor's example (omnidesk-ticket-example.json.txt).
struct TicketJSON {
    let catalog: DeskCatalog
    let now: Int

    /// The fields every ticket has, in the vendor's order; the index lists exactly these.
    func summary(_ t: TicketRecord) -> [(String, JSONValue)] {
        let channel = OmnideskContract.channelName(t.channelId)
        return [
            ("assigned_group_id", .int(t.assignedGroupId)),
            ("assigned_user_id", .int(t.assignedUserId)),
            ("channel_account_id", .string("0")),
            ("channel_id", .int(t.channelId)),
            ("closed_at", OmnideskContract.timestamp(t.closedAt)),
            ("created_at", OmnideskContract.timestamp(t.createdAt)),
            // Decision: an unlinked ticket has customer_id 0 and "customer": null.
            ("customer_id", .int(t.customerId ?? 0)),
            ("direction", .string(t.direction)),
            ("external_gui_url", .null),
            ("external_id", .string(t.externalId)),
            ("form_id", .int(t.formId)),
            ("from", .string(t.fromAddress)),
            ("from_name", .string(t.fromName)),
            ("grade_by_customer", .null),
            ("icon", .string(channel)),
            ("last_update", OmnideskContract.timestamp(t.lastUpdate)),
            ("last_update_agent", OmnideskContract.timestamp(t.lastUpdateAgent)),
            ("last_update_customer", OmnideskContract.timestamp(t.lastUpdateCustomer)),
            ("priority", .string(t.priority)),
            ("show_timeline", .int(1)),
            ("sla_breach_customer_wait_time", .null),
            ("sla_breach_first_reply_time", OmnideskContract.timestamp(t.slaFirstReplyBreach)),
            ("sla_breach_next_reply_time", t.slaFirstReplyBreach == nil ? OmnideskContract.timestamp(t.slaNextBreach) : .null),
            ("sla_breach_user_work_time", .null),
            ("sla_next_breach", OmnideskContract.timestamp(t.slaNextBreach)),
            ("sla_next_breach_current_status", .string(OmnideskContract.slaStatus(ticketStatus: t.status, breach: t.slaNextBreach))),
            ("sla_policy_id", .int(t.slaPolicyId)),
            ("snooze_time", .null),
            ("snooze_time_sent", .null),
            ("title", .string(t.title)),
            ("to", .string(t.toAddress)),
            ("to_name", .string(t.toName)),
            ("status", .string(t.status)),
            ("id", .int(t.id ?? 0)),
            ("channel_name", .string(channel)),
            ("channel_icon", .string(channel)),
            ("brand_name", .string(catalog.brands[t.brandId]?.name)),
            ("brand_id", .int(t.brandId)),
            ("tags", .string(t.tags)),
            ("sla_next_breach_seconds", .int(t.slaNextBreach.map { $0 - now })),
        ]
    }

    /// `GET /ticket/{id}`: the summary plus timeline, customer, channels and assign options.
    func detail(_ t: TicketRecord, customer: CustomerRecord?, timeline: [TimelineRecord]) -> JSONValue {
        let brandName = catalog.brands[t.brandId]?.name ?? ""
        let context = EmailContext(
            customerName: customer?.fullName ?? t.fromName,
            agentName: catalog.agent(t.assignedUserId)?.name ?? catalog.agents.first?.name ?? "",
            brandName: brandName, title: t.title, ticketID: t.id ?? 0)
        let timelineJSON = TimelineJSON(context: context)
        var fields = summary(t).filter { $0.0 != "tags" && $0.0 != "sla_next_breach_seconds" }
        fields.append(contentsOf: [
            ("timeline", .array(timeline.map { timelineJSON.entry($0) })),
            ("following", .bool(false)),
            ("sla_next_breach_seconds", .int(t.slaNextBreach.map { $0 - now })),
            ("customer", customer.map(customerJSON) ?? .null),
            ("customer_channels", .array(customer.map(channelsJSON) ?? [])),
            ("tags", .string(t.tags)),
            ("customer_custom_fields", .array([])),
            ("assign_options_groups", .array(catalog.groups.map { .object([("id", .int($0.id)), ("name", .string($0.name))]) })),
            ("assign_options_users", .array(catalog.agents.filter(\.active).map { .object([("id", .int($0.id)), ("name", .string($0.name))]) })),
            ("original_channel_id", .int(0)),
        ])
        return .object(fields)
    }

    private func customerJSON(_ c: CustomerRecord) -> JSONValue {
        .object([
            ("id", .int(c.id)), ("brand_id", .int(c.brandId)),
            ("external_primary_id", .string(c.externalPrimaryId)),
            ("firstname", .string(c.firstname)), ("lastname", .string(c.lastname)),
            ("created_at", .string(OmnideskContract.timestamp(c.createdAt))),
        ])
    }

    /// Decision: channel ids are derived (customer id × 10 + channel), nothing is stored.
    private func channelsJSON(_ c: CustomerRecord) -> [JSONValue] {
        var references = [(1, c.email)]
        if let phone = c.phone { references.append((2, phone)) }
        return references.map { channel, reference in
            let name = OmnideskContract.channelName(channel) ?? ""
            return .object([
                ("id", .int(c.id * 10 + channel)), ("brand_id", .int(c.brandId)), ("customer_id", .int(c.id)),
                ("channel_id", .int(channel)), ("unique_reference", .string(reference)),
                ("linked_by_user_id", .int(0)), ("name", .string(name)), ("icon", .string(name)),
            ])
        }
    }
}
