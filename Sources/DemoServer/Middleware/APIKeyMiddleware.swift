import Hummingbird

/// Checks the `apiKey` header on every request and records the key's permissions.
///
/// Decision: only the header is accepted, not the older `?apiKey=` query parameter, so a
/// client that would leak its key into URLs fails against the demo desk as well.
struct APIKeyMiddleware: RouterMiddleware {
    typealias Context = DeskRequestContext
    let keys: KeyRing
    /// Paths that answer without a key (the health check).
    let openPaths: Set<String>

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if openPaths.contains(request.uri.path) { return try await next(request, context) }
        // Header names are case-insensitive; canonicalName is the lowercase form.
        guard let key = request.headers.first(where: { $0.name.canonicalName == "apikey" })?.value, !key.isEmpty else {
            throw DeskError.unauthorized("Missing API key: send it in the apiKey header.")
        }
        guard let permissions = keys.permissions(for: key) else {
            // Never echo the key: it may be a real one sent to the wrong desk.
            throw DeskError.unauthorized("Invalid API key.")
        }
        var context = context
        context.permissions = permissions
        return try await next(request, context)
    }
}
