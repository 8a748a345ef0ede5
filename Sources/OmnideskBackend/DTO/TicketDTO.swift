/// A ticket as `GET /ticket` lists it and `GET /ticket/{id}` returns it.
///
/// Only `id` is required; the detail's extras (`timeline`, `customer`, the assignment options)
/// are empty when absent, as they are in the index.
struct TicketDTO: Decodable, Sendable {
    let id: Int
    let title: String?
    let status: String?
    let priority: String?
    let direction: String?
    let from: String?
    let fromName: String?
    let to: String?
    let toName: String?
    let channelID: Int?
    let channelName: String?
    let icon: String?
    let assignedGroupID: Int?
    let assignedUserID: Int?
    let tags: [String]
    let createdAt: String?
    let lastUpdate: String?
    let slaNextBreach: String?
    let customer: CustomerDTO?
    let timeline: [TimelineItemDTO]
    let assignOptionsGroups: [NamedOptionDTO]
    let assignOptionsUsers: [NamedOptionDTO]

    private enum CodingKeys: String, CodingKey {
        case id, title, status, priority, direction, from, to, icon, tags, customer, timeline
        case fromName = "from_name"
        case toName = "to_name"
        case channelID = "channel_id"
        case channelName = "channel_name"
        case assignedGroupID = "assigned_group_id"
        case assignedUserID = "assigned_user_id"
        case createdAt = "created_at"
        case lastUpdate = "last_update"
        case slaNextBreach = "sla_next_breach"
        case assignOptionsGroups = "assign_options_groups"
        case assignOptionsUsers = "assign_options_users"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let id = container.int(.id), id > 0 else {
            throw DecodingError.dataCorruptedError(forKey: .id, in: container, debugDescription: "no usable id")
        }
        self.id = id
        title = container.string(.title)
        status = container.string(.status)
        priority = container.string(.priority)
        direction = container.string(.direction)
        from = container.string(.from)
        fromName = container.string(.fromName)
        to = container.string(.to)
        toName = container.string(.toName)
        channelID = container.int(.channelID)
        channelName = container.string(.channelName)
        icon = container.string(.icon)
        assignedGroupID = container.int(.assignedGroupID)
        assignedUserID = container.int(.assignedUserID)
        tags = container.tags(.tags)
        createdAt = container.string(.createdAt)
        lastUpdate = container.string(.lastUpdate)
        slaNextBreach = container.string(.slaNextBreach)
        customer = (try? container.decodeIfPresent(CustomerDTO.self, forKey: .customer)) ?? nil
        timeline = container.lossyArray(.timeline, of: TimelineItemDTO.self)
        assignOptionsGroups = container.lossyArray(.assignOptionsGroups, of: NamedOptionDTO.self)
        assignOptionsUsers = container.lossyArray(.assignOptionsUsers, of: NamedOptionDTO.self)
    }
}
