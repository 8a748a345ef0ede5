import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import TickettyCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Translates HTTP statuses and transport failures into ``BackendError``.
///
/// Whatever reaches an error message from the server is sanitised and clipped; nothing here
/// ever includes the API key (it only travels in a header, which no error repeats).
enum ErrorMapping {
    /// The error for a non-2xx answer.
    static func status(_ status: Int, headers: HTTPHeaders, body: Data, endpoint: OmnideskEndpoint) -> BackendError {
        let message = serverMessage(body, headers: headers)
        switch status {
        case 401:
            return .unauthorized(permission: nil)
        case 403:
            return .forbidden(permission: permission(in: message) ?? endpoint.permission)
        case 404:
            return .notFound(missingTicket(in: message, of: endpoint.ticketIDs))
        case 408:
            return .timeout
        case 429:
            return .rateLimited(retryAfter: retryAfter(headers))
        case 400, 422:
            return .invalidRequest(message.isEmpty ? "HTTP \(status)" : message)
        case 500...599:
            return .server(status: status, message: message)
        case 300..<400:
            return .invalidResponse("unexpected redirect (HTTP \(status))")
        case 400..<500:
            return .invalidRequest(message.isEmpty ? "HTTP \(status)" : message)
        default:
            return .invalidResponse("unexpected HTTP status \(status)")
        }
    }

    /// The `message` of an `{"status":"error","message":"..."}` body; "" when there is none.
    static func serverMessage(_ body: Data, headers: HTTPHeaders) -> String {
        guard let head = try? JSONDecoder().decode(Envelope.Head.self, from: body), let message = head.message else {
            return ""
        }
        return ServerText.clip(message)
    }

    /// A permission the server's message names, such as `SET_STATUS` in "Missing permission: SET_STATUS".
    static func permission(in message: String) -> String? {
        if let known = OmnideskEndpoint.knownPermissions.first(where: { message.contains($0) }) { return known }
        // Unknown names still look like the known ones: capitals joined by underscores.
        let words = message.split { !($0.isUppercase && $0.isASCII) && $0 != "_" }
        return words.first { $0.contains("_") && $0.first != "_" && $0.last != "_" && $0.count <= 40 }.map(String.init)
    }

    /// The ticket a 404 is about: the only one asked for, else the one of them its message names.
    static func missingTicket(in message: String, of ids: [TicketID]) -> TicketID? {
        if ids.count == 1 { return ids.first }
        let numbers = message.split { !$0.isASCII || !$0.isNumber }.compactMap { Int($0) }
        return numbers.lazy.map { TicketID($0) }.first { ids.contains($0) }
    }

    /// `Retry-After` in seconds; an HTTP date is turned into the seconds until then.
    static func retryAfter(_ headers: HTTPHeaders) -> Int? {
        guard let value = headers.first(name: "retry-after")?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let seconds = Int(value) { return max(seconds, 0) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return max(Int(date.timeIntervalSinceNow.rounded(.up)), 0)
    }

    /// The error for a request that got no complete answer.
    static func transport(_ error: any Error) -> BackendError {
        switch error {
        case let error as BackendError:
            return error
        case is CancellationError:
            return .transport("request cancelled")
        case let error as HTTPClientError:
            return httpClientError(error)
        case let error as NIOConnectionError:
            if let first = error.connectionErrors.first { return transport(first.error) }
            if error.dnsAError != nil || error.dnsAAAAError != nil { return .transport("DNS lookup failed for \(error.host)") }
            return .transport("cannot connect to \(error.host)")
        case let error as IOError:
            return errno(error.errnoCode)
        case let error as ChannelError:
            if case .connectTimeout = error { return .timeout }
            return .transport("connection closed")
        default:
            let typeName = String(reflecting: type(of: error))
            if typeName.contains("SSL") || typeName.contains("TLS") { return .transport("TLS failed") }
            if typeName.contains("DNS") || typeName.contains("Resolver") { return .transport("DNS lookup failed") }
            return .transport(ServerText.clip(String(describing: error), limit: 120))
        }
    }

    private static func httpClientError(_ error: HTTPClientError) -> BackendError {
        switch error {
        case .deadlineExceeded, .connectTimeout, .readTimeout, .writeTimeout, .tlsHandshakeTimeout,
            .getConnectionFromPoolTimeout:
            return .timeout
        case .cancelled:
            return .transport("request cancelled")
        case .remoteConnectionClosed:
            return .transport("connection closed by the server")
        case .redirectLimitReached, .redirectCycleDetected:
            return .invalidResponse("unexpected redirect")
        default:
            return .transport(ServerText.clip(String(describing: error), limit: 120))
        }
    }

    private static func errno(_ code: Int32) -> BackendError {
        switch code {
        case ECONNREFUSED: .transport("connection refused")
        case ECONNRESET, EPIPE: .transport("connection reset")
        case ETIMEDOUT: .timeout
        case ENETUNREACH, EHOSTUNREACH: .transport("network unreachable")
        default: .transport(ServerText.clip(String(cString: strerror(code)), limit: 80))
        }
    }
}
