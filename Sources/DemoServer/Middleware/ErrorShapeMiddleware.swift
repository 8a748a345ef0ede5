import Hummingbird

/// Turns every failure into Omnidesk's error shape `{"status":"error","message":"..."}`,
/// including Hummingbird's own 404 for unknown routes.
struct ErrorShapeMiddleware: RouterMiddleware {
    typealias Context = DeskRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as DeskError {
            if case .internalError(let detail) = error {
                context.logger.error("request failed", metadata: ["detail": "\(detail)"])
            }
            return OmnideskContract.errorResponse(status: error.status, message: error.message)
        } catch let error as HTTPError {
            let message = error.status == .notFound ? "Not found: \(request.method) \(request.uri.path)" : (error.body ?? error.status.reasonPhrase)
            return OmnideskContract.errorResponse(status: error.status, message: message)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(error)"])
            return OmnideskContract.errorResponse(status: .internalServerError, message: "Internal server error.")
        }
    }
}
