import GRDB

/// The validated fields of `POST /ticket`.
struct NewTicketDraft: Sendable {
    var brandID: Int
    var channelID: Int
    var direction: String
    var from: String
    var fromName: String
    var to: String
    var title: String
    var assignedGroupID: Int
    var formID: Int?

    init(_ fields: FormFields, catalog: DeskCatalog) throws(DeskError) {
        brandID = try RequestValues.id(fields, "brandID")
        guard catalog.brands[brandID] != nil else { throw .badRequest("Unknown brandID \(brandID).") }
        channelID = try RequestValues.id(fields, "channelID")
        guard OmnideskContract.channelName(channelID) != nil else { throw .badRequest("Unknown channelID \(channelID).") }
        direction = try RequestValues.word(fields, "direction", oneOf: ["inbound", "outbound"])
        guard let from = RequestValues.nonEmpty(fields["from"]) else { throw .badRequest("Missing field: from.") }
        guard let to = RequestValues.nonEmpty(fields["to"]) else { throw .badRequest("Missing field: to.") }
        guard let title = RequestValues.nonEmpty(fields["title"]) else { throw .badRequest("Missing field: title.") }
        self.from = from
        self.to = to
        self.title = title
        fromName = fields["fromName"]?.trimmingSpaces ?? ""
        assignedGroupID = try RequestValues.optionalNumber(fields, "assignedGroupID") ?? 0
        guard assignedGroupID == 0 || catalog.group(assignedGroupID) != nil else {
            throw .badRequest("Unknown assignedGroupID \(assignedGroupID).")
        }
        formID = try RequestValues.optionalNumber(fields, "formID")
    }

    /// Inserts the ticket, linking (or creating) the customer; returns the new id.
    /// Vendor: for outbound tickets `to` and `from` are swapped, so the customer is `to`.
    func insert(_ db: Database, now: Int) throws -> Int {
        let customerAddress = direction == "outbound" ? to : from
        let customerName = direction == "outbound" ? "" : fromName
        let customerID = try customer(db, address: customerAddress, name: customerName, now: now)
        var ticket = TicketRecord(
            id: nil, brandId: brandID, channelId: channelID, customerId: customerID, direction: direction,
            fromAddress: from, fromName: fromName, toAddress: to, toName: "", title: title, status: "new",
            priority: "medium", assignedGroupId: assignedGroupID, assignedUserId: 0, createdAt: now,
            lastUpdate: now, lastUpdateAgent: nil, lastUpdateCustomer: direction == "inbound" ? now : nil,
            closedAt: nil, slaNextBreach: nil, slaFirstReplyBreach: nil, slaPolicyId: nil, tags: "",
            externalId: nil, formId: formID)
        try ticket.insert(db)
        if let group = (try GroupRecord.fetchOne(db, key: assignedGroupID)) {
            try TicketEvents.record(
                db, ticket: ticket, itemType: "assigned_group_id", itemTypeID: String(group.id),
                description: "Assigned to \(group.name)", now: now)
        }
        return ticket.id ?? 0
    }

    private func customer(_ db: Database, address: String, name: String, now: Int) throws -> Int {
        if let existing = try CustomerRecord.filter(Column("email") == address || Column("phone") == address).fetchOne(db) {
            return existing.id
        }
        let nextID = (try Int.fetchOne(db, sql: "SELECT MAX(id) FROM customer") ?? 600_000) + 1
        let parts = name.split(separator: " ", maxSplits: 1).map(String.init)
        let customer = CustomerRecord(
            id: nextID, brandId: brandID, firstname: parts.first ?? "", lastname: parts.count > 1 ? parts[1] : "",
            email: address, phone: nil, externalPrimaryId: nil, createdAt: now)
        try customer.insert(db)
        return nextID
    }
}
