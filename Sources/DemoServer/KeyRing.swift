/// The API keys the desk accepts and what each may do.
struct KeyRing: Sendable {
    private let permissionsByKey: [String: Set<Permission>]

    init(_ configuration: DemoServerConfiguration) {
        var keys: [String: Set<Permission>] = [configuration.apiKey: Set(Permission.allCases)]
        if let readOnly = configuration.readOnlyAPIKey, readOnly != configuration.apiKey {
            keys[readOnly] = [.ticketRead, .userRead]
        }
        permissionsByKey = keys
    }

    /// The key's permissions, or nil for a key the desk does not know.
    func permissions(for key: String) -> Set<Permission>? {
        permissionsByKey[key]
    }
}
