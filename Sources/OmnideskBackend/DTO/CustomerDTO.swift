/// The `customer` object of a ticket; every field may be missing.
struct CustomerDTO: Decodable, Sendable {
    let firstname: String?
    let lastname: String?
    let name: String?

    private enum CodingKeys: String, CodingKey { case firstname, lastname, name }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        firstname = container.string(.firstname)
        lastname = container.string(.lastname)
        name = container.string(.name)
    }
}
