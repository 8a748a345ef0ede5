/// One name/value pair of a form body or a query string. Arrays are repeated fields with the
/// same name (`ticketIDs[]`), so order matters and names may repeat.
struct FormField: Hashable, Sendable {
    let name: String
    let value: String

    init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
