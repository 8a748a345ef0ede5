/// An `{"id": 10002, "name": "Finance"}` entry of `assign_options_groups` / `assign_options_users`.
struct NamedOptionDTO: Decodable, Sendable {
    let id: Int
    let name: String?

    private enum CodingKeys: String, CodingKey { case id, name }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let id = container.int(.id), id > 0 else {
            throw DecodingError.dataCorruptedError(forKey: .id, in: container, debugDescription: "no usable id")
        }
        self.id = id
        self.name = container.string(.name)
    }
}
