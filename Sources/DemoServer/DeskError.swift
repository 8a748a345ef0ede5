import Hummingbird

/// A failed request, answered as HTTP 4xx/5xx with Omnidesk's `{"status":"error","message":"..."}`.
enum DeskError: Error, Equatable, HTTPResponseError {
    /// 401: no key, or a key the desk does not know. The message never repeats the key.
    case unauthorized(String)
    /// 403: the key lacks the permission the endpoint needs.
    case forbidden(Permission)
    /// 404: no such ticket, or no such route.
    case notFound(String)
    /// 400: a missing or malformed field.
    case badRequest(String)
    /// 413: a body larger than the desk accepts.
    case tooLarge
    /// 500: the database failed.
    case internalError(String)

    var status: HTTPResponse.Status {
        switch self {
        case .unauthorized: .unauthorized
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .badRequest: .badRequest
        case .tooLarge: .contentTooLarge
        case .internalError: .internalServerError
        }
    }

    var message: String {
        switch self {
        case .unauthorized(let message), .notFound(let message), .badRequest(let message),
            .internalError(let message):
            message
        case .forbidden(let permission): "Missing permission: \(permission.rawValue)"
        case .tooLarge: "Request body is too large."
        }
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        OmnideskContract.errorResponse(status: status, message: message)
    }
}
