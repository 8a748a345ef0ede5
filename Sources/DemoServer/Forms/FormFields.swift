/// The fields of a form body in the order sent; names may repeat (`ticketIDs[]`).
struct FormFields: Sendable, Equatable {
    private(set) var pairs: [(name: String, value: String)]

    init(_ pairs: [(name: String, value: String)] = []) {
        self.pairs = pairs
    }

    static func == (lhs: FormFields, rhs: FormFields) -> Bool {
        lhs.pairs.count == rhs.pairs.count && zip(lhs.pairs, rhs.pairs).allSatisfy { $0 == $1 }
    }

    /// The first value sent under `name`, if any.
    subscript(_ name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Every value sent under `name`, in order.
    func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    /// Adds the pairs of `other` after these.
    mutating func append(contentsOf other: FormFields) {
        pairs.append(contentsOf: other.pairs)
    }
}
