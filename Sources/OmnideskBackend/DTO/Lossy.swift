/// One element of a list that may fail to decode on its own without failing its list.
struct Lossy<Element: Decodable & Sendable>: Decodable, Sendable {
    let value: Element?

    init(from decoder: any Decoder) {
        value = try? Element(from: decoder)
    }
}
