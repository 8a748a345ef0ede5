/// One agent of `GET /user`. The vendor documents no shape, so any of the usual name fields will do.
struct UserDTO: Decodable, Sendable {
    let id: Int
    let name: String?
    let firstname: String?
    let lastname: String?
    let email: String?

    private enum CodingKeys: String, CodingKey { case id, name, firstname, lastname, email }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let id = container.int(.id), id > 0 else {
            throw DecodingError.dataCorruptedError(forKey: .id, in: container, debugDescription: "no usable id")
        }
        self.id = id
        name = container.string(.name)
        firstname = container.string(.firstname)
        lastname = container.string(.lastname)
        email = container.string(.email)
    }
}
