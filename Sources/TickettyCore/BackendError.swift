/// Why a call to a helpdesk failed, in terms the status line can show.
///
/// Backends translate their transport's and server's failures into these cases; the store keeps
/// them as data and the status line renders ``userMessage``.
public enum BackendError: Error, Hashable, Sendable {
    /// The key was refused (401). `permission` names what the action needed, when known.
    case unauthorized(permission: String?)
    /// The key lacks a permission the action needs (403).
    case forbidden(permission: String?)
    /// The server asked us to slow down (429); `retryAfter` in seconds, when it said.
    case rateLimited(retryAfter: Int?)
    /// The ticket does not exist (any more).
    case notFound(TicketID?)
    /// The server rejected the request's content (400, 422), with its message.
    case invalidRequest(String)
    /// The server failed (5xx), with its status and message.
    case server(status: Int, message: String)
    /// The server answered something that is not the documented shape (HTML instead of JSON...).
    case invalidResponse(String)
    /// No answer in time.
    case timeout
    /// The connection failed (refused, reset, DNS, TLS).
    case transport(String)
    /// The configuration is unusable (bad URL, missing key).
    case configuration(String)

    /// One line in plain words for the status line. Never contains the API key.
    public var userMessage: String {
        switch self {
        case .unauthorized(let permission):
            if let permission { return "API key refused (needs \(permission))" }
            return "API key refused: check OMNIDESK_API_KEY or api_key_command"
        case .forbidden(let permission):
            if let permission { return "Not allowed: the API key lacks \(permission)" }
            return "Not allowed: the API key lacks a permission"
        case .rateLimited(let seconds):
            if let seconds { return "Rate limited by the server; retrying in \(seconds) s" }
            return "Rate limited by the server"
        case .notFound(let id):
            if let id { return "Ticket \(id) not found" }
            return "Not found"
        case .invalidRequest(let message):
            return "Refused by the server: \(message)"
        case .server(let status, let message):
            return message.isEmpty ? "Server error \(status)" : "Server error \(status): \(message)"
        case .invalidResponse(let what):
            return "Unexpected answer from the server: \(what)"
        case .timeout:
            return "The server did not answer in time"
        case .transport(let what):
            return "Cannot reach the server: \(what)"
        case .configuration(let what):
            return "Configuration: \(what)"
        }
    }

    /// Whether trying the same request again later may succeed.
    public var isRetryable: Bool {
        switch self {
        case .rateLimited, .server, .timeout, .transport: true
        default: false
        }
    }
}
