/// One entry of a ticket's `timeline`: `type` is `event`, `note` or `message`.
///
/// Events carry `description` and `initiated_by`; notes and messages carry HTML `content`,
/// the author (`user_id`, `user_name`) and, for messages, addresses and `direction`.
struct TimelineItemDTO: Decodable, Sendable {
    let id: String?
    let type: String?
    let createdAt: String?
    let userID: Int?
    let userName: String?
    let direction: String?
    let from: String?
    let fromName: String?
    let to: String?
    let content: String?
    let description: String?
    let initiatedBy: String?

    private enum CodingKeys: String, CodingKey {
        case id, type, direction, from, to, content, description
        case createdAt = "created_at"
        case userID = "user_id"
        case userName = "user_name"
        case fromName = "from_name"
        case initiatedBy = "initiated_by"
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = container.string(.id)
        type = container.string(.type)
        createdAt = container.string(.createdAt)
        userID = container.int(.userID)
        userName = container.string(.userName)
        direction = container.string(.direction)
        from = container.string(.from)
        fromName = container.string(.fromName)
        to = container.string(.to)
        content = container.string(.content)
        description = container.string(.description)
        initiatedBy = container.string(.initiatedBy)
    }
}
