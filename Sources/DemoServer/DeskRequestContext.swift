import Hummingbird

/// The request context: Hummingbird's core storage plus the permissions of the caller's key.
struct DeskRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// Set by ``APIKeyMiddleware`` once the key is known.
    var permissions: Set<Permission> = []

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// Throws 403 naming the permission when the caller's key lacks it.
    func require(_ permission: Permission) throws(DeskError) {
        guard permissions.contains(permission) else { throw .forbidden(permission) }
    }
}
