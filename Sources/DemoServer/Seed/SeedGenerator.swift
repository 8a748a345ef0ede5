import GRDB

/// Fills an empty database with a deterministic desk: the same seed and `now` give the same rows.
///
/// Times are relative to `now` (the server's start), so SLA countdowns look live. Inserts run
/// in the caller's transaction through prepared statements, so 100,000 tickets take seconds.
struct SeedGenerator: Sendable {
    var seed: UInt64
    var ticketCount: Int
    var hostileSamples: Bool
    var now: Int

    func seed(_ db: Database) throws {
        for brand in SeedCatalog.brands { try brand.insert(db) }
        for group in SeedCatalog.groups { try group.insert(db) }
        for agent in SeedCatalog.agents { try agent.insert(db) }
        for view in SeedCatalog.views { try view.insert(db) }

        var random = SeededRandom(seed: seed)
        let customers = makeCustomers(count: max(20, ticketCount / 3), random: &random)
        for customer in customers { try customer.insert(db) }

        let writer = try SeedWriter(db)
        for id in stride(from: 1, through: ticketCount, by: 1) {
            let customer = customers[random.below(customers.count)]
            let blueprint = TicketBlueprint.make(id: id, customer: customer, now: now, random: &random)
            try writer.insert(blueprint)
        }
        if hostileSamples { try seedHostileSamples(db, writer: writer, firstCustomerID: customers.count + 600_001) }
    }

    private func makeCustomers(count: Int, random: inout SeededRandom) -> [CustomerRecord] {
        (0..<count).map { index in
            let first = random.pick(SeedCatalog.firstNames)
            let last = random.pick(SeedCatalog.lastNames)
            let local = "customer\(index + 1)"
            return CustomerRecord(
                id: 600_001 + index, brandId: random.pick(SeedCatalog.brands).id,
                firstname: first, lastname: last,
                email: "\(local)@\(random.pick(SeedCatalog.mailDomains))",
                phone: random.chance(0.4) ? "+49 30 \(1_000_000 + random.below(8_999_999))" : nil,
                externalPrimaryId: random.chance(0.7) ? "CRM-\(100_000 + index)" : nil,
                createdAt: now - 86_400 * (60 + random.below(700)))
        }
    }

    /// Adds the terminal-escape tickets as the most recently updated, so they head the list.
    private func seedHostileSamples(_ db: Database, writer: SeedWriter, firstCustomerID: Int) throws {
        let brand = SeedCatalog.brands[0]
        for (offset, sample) in HostileSamples.samples.enumerated() {
            let customer = CustomerRecord(
                id: firstCustomerID + offset, brandId: brand.id, firstname: sample.firstname,
                lastname: sample.lastname, email: "hostile\(offset + 1)@evil.example", phone: nil,
                externalPrimaryId: nil, createdAt: now - 86_400)
            try customer.insert(db)
            let id = ticketCount + offset + 1
            let time = now - 30 - offset
            let ticket = TicketRecord(
                id: id, brandId: brand.id, channelId: 1, customerId: customer.id, direction: "inbound",
                fromAddress: customer.email, fromName: customer.fullName, toAddress: brand.supportAddress,
                toName: "", title: sample.title, status: "new", priority: "high", assignedGroupId: 10001,
                assignedUserId: 0, createdAt: time, lastUpdate: time, lastUpdateAgent: nil,
                lastUpdateCustomer: time, closedAt: nil, slaNextBreach: now + 1800, slaFirstReplyBreach: now + 1800,
                slaPolicyId: 1, tags: "", externalId: nil, formId: nil)
            let message = TimelineRecord(
                ticketId: id, type: "message", createdAt: time, userName: OmnideskContract.customerUserName, channelId: 1,
                direction: "inbound", fromAddress: customer.email, toAddress: brand.supportAddress,
                fromName: customer.fullName, statusNew: "new", content: sample.content,
                metaData: OmnideskContract.metaData(to: brand.supportAddress, channel: 1))
            try writer.insert(TicketBlueprint(ticket: ticket, timeline: [message]))
        }
    }
}
