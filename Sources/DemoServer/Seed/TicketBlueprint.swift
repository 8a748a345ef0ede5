/// One generated ticket and its timeline, drawn from a seeded generator.
struct TicketBlueprint {
    var ticket: TicketRecord
    var timeline: [TimelineRecord]

    private static let statusWeights: [(String, Double)] = [
        ("new", 0.15), ("open", 0.30), ("pending", 0.15), ("holding", 0.10), ("solved", 0.20), ("closed", 0.10),
    ]
    private static let priorityWeights: [(String, Double)] = [
        ("low", 0.25), ("medium", 0.45), ("high", 0.20), ("urgent", 0.10),
    ]

    // swiftlint:disable:next function_body_length
    static func make(id: Int, customer: CustomerRecord, now: Int, random: inout SeededRandom) -> TicketBlueprint {
        let brand = SeedCatalog.brands.first { $0.id == customer.brandId } ?? SeedCatalog.brands[0]
        let channelDraw = random.nextUnit()
        let channel = channelDraw < 0.75 ? 1 : (channelDraw < 0.87 ? 2 : 3)
        let status = weighted(statusWeights, &random)
        let priority = weighted(priorityWeights, &random)
        let group = random.chance(0.06) ? nil : random.pick(SeedCatalog.groups)
        let activeAgents = SeedCatalog.activeAgents
        let agent = (status == "new" && random.chance(0.6)) ? nil : random.pick(activeAgents)
        let outbound = channel == 1 && random.chance(0.08)
        let customerAddress = channel == 2 ? (customer.phone ?? customer.email) : customer.email
        // Decision: most tickets carry the customer's name in from_name; some leave it "" as
        // in the vendor example, so a client must fall back to `from`.
        let customerName = random.chance(0.9) ? customer.fullName : ""
        let created = now - 600 - random.below(60 * 86_400)
        let number = 10_000 + random.below(90_000)
        let title = random.pick(SeedCatalog.titleParts).joined(separator: String(number))
        let tagCount = random.chance(0.4) ? 0 : 1 + random.below(2)
        var tags: [String] = []
        for _ in 0..<tagCount {
            let tag = random.pick(SeedCatalog.tags)
            if !tags.contains(tag) { tags.append(tag) }
        }

        var ticket = TicketRecord(
            id: id, brandId: brand.id, channelId: channel, customerId: customer.id,
            direction: outbound ? "outbound" : "inbound",
            fromAddress: outbound ? brand.supportAddress : customerAddress,
            fromName: outbound ? (agent?.name ?? brand.name) : customerName,
            toAddress: outbound ? customerAddress : brand.supportAddress,
            toName: outbound ? customerName : "",
            title: title, status: status, priority: priority,
            assignedGroupId: group?.id ?? 0, assignedUserId: agent?.id ?? 0,
            createdAt: created, lastUpdate: created, lastUpdateAgent: nil, lastUpdateCustomer: created,
            closedAt: nil, slaNextBreach: nil, slaFirstReplyBreach: nil, slaPolicyId: nil,
            tags: OmnideskContract.encodeTags(tags),
            externalId: channel == 1 ? "\(hex(random.next()))-\(id).1" : nil, formId: nil)

        var timeline: [TimelineRecord] = []
        var time = created
        let firstTemplate: EmailTemplate = switch channel {
        case 2: .callSummary
        case 3: .chatTranscript
        default: random.pick(EmailTemplate.customerStyles)
        }
        timeline.append(customerMessage(ticket: ticket, template: firstTemplate, time: time, random: &random))
        if let group {
            time += 5 + random.below(60)
            timeline.append(event(
                ticket: ticket, time: time, itemType: "assigned_group_id", itemTypeID: String(group.id),
                description: "Assigned to \(group.name)",
                initiatedBy: "trigger: \(random.pick(SeedCatalog.assignmentTriggers))"))
        }
        let extra = random.below(5)
        var shownStatus = "new"
        for step in 0..<extra {
            // Each step takes at most half of the time left, so recent tickets never pile up at "now".
            let remaining = now - 60 - time
            guard remaining > 120 else { break }
            time += 30 + random.below(min(2 * 86_400, remaining / 2))
            let actor = agent ?? random.pick(activeAgents)
            switch (step + random.below(4)) % 4 {
            case 0:
                var reply = message(ticket: ticket, template: .agentReply, time: time, random: &random)
                reply.userId = actor.id
                reply.userName = actor.name
                reply.direction = "outbound"
                reply.fromAddress = brand.supportAddress
                reply.toAddress = customerAddress
                reply.statusNew = random.chance(0.5) ? "pending" : "open"
                reply.metaData = OmnideskContract.metaData(to: customerAddress, channel: channel)
                ticket.lastUpdateAgent = time
                timeline.append(reply)
            case 1:
                timeline.append(TimelineRecord(
                    ticketId: id, type: "note", createdAt: time, userId: actor.id, userName: actor.name,
                    statusNew: status, template: EmailTemplate.note.rawValue, templateSeed: seedValue(&random)))
            case 2:
                timeline.append(customerMessage(ticket: ticket, template: .customerFollowUp, time: time, random: &random))
                ticket.lastUpdateCustomer = time
            default:
                // Only the last status event reaches the ticket's status; earlier ones pass through.
                let shown = step == extra - 1 ? status : (shownStatus == "open" ? "pending" : "open")
                guard shown != shownStatus else { continue }
                shownStatus = shown
                let initiator = shown == "closed" && random.chance(0.5) ? SeedCatalog.closingTrigger : actor.name
                timeline.append(event(
                    ticket: ticket, time: time, itemType: "status", itemTypeID: shown,
                    description: "Status changed to \(shown)", initiatedBy: initiator))
            }
        }
        ticket.lastUpdate = time
        if status == "closed" { ticket.closedAt = time }
        if ["new", "open", "pending"].contains(status) { applySLA(to: &ticket, now: now, random: &random) }
        return TicketBlueprint(ticket: ticket, timeline: timeline)
    }

    /// Next-breach times: some breached, some due soon, some far off, some none at all.
    private static func applySLA(to ticket: inout TicketRecord, now: Int, random: inout SeededRandom) {
        let draw = random.nextUnit()
        let breach: Int? =
            if draw < 0.2 { now - 3600 - random.below(86_400) }
            else if draw < 0.5 { now + 300 + random.below(7200) }
            else if draw < 0.8 { now + 86_400 + random.below(4 * 86_400) }
            else { nil }
        ticket.slaNextBreach = breach
        ticket.slaPolicyId = breach == nil ? nil : 1 + random.below(3)
        if ticket.status == "new" { ticket.slaFirstReplyBreach = breach }
    }

    private static func customerMessage(
        ticket: TicketRecord, template: EmailTemplate, time: Int, random: inout SeededRandom
    ) -> TimelineRecord {
        var entry = message(ticket: ticket, template: template, time: time, random: &random)
        entry.userName = OmnideskContract.customerUserName
        entry.direction = "inbound"
        let inbound = ticket.direction == "inbound"
        entry.fromAddress = inbound ? ticket.fromAddress : ticket.toAddress
        entry.toAddress = inbound ? ticket.toAddress : ticket.fromAddress
        entry.fromName = inbound ? ticket.fromName : ticket.toName
        entry.statusNew = "new"
        entry.metaData = OmnideskContract.metaData(to: entry.toAddress ?? "", channel: ticket.channelId)
        return entry
    }

    private static func message(
        ticket: TicketRecord, template: EmailTemplate, time: Int, random: inout SeededRandom
    ) -> TimelineRecord {
        var entry = TimelineRecord(
            ticketId: ticket.id ?? 0, type: "message", createdAt: time, channelId: ticket.channelId,
            template: template.rawValue, templateSeed: seedValue(&random))
        entry.externalId = ticket.externalId
        return entry
    }

    private static func event(
        ticket: TicketRecord, time: Int, itemType: String, itemTypeID: String, description: String, initiatedBy: String
    ) -> TimelineRecord {
        TimelineRecord(
            ticketId: ticket.id ?? 0, type: "event", createdAt: time, itemType: itemType, itemTypeId: itemTypeID,
            description: description, initiatedBy: initiatedBy)
    }

    private static func weighted(_ weights: [(String, Double)], _ random: inout SeededRandom) -> String {
        var draw = random.nextUnit()
        for (word, weight) in weights {
            if draw < weight { return word }
            draw -= weight
        }
        return weights[weights.count - 1].0
    }

    private static func seedValue(_ random: inout SeededRandom) -> Int {
        Int(truncatingIfNeeded: random.next() >> 2)
    }

    private static func hex(_ value: UInt64) -> String {
        String(value, radix: 16, uppercase: true)
    }
}
