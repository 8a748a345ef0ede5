import Foundation
import TickettyCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The account URL the user typed, checked and turned into the API root.
struct AccountURL: Sendable {
    /// `scheme://host[:port][/prefix]/api/v2/`
    let apiBaseURL: String
    /// The host without IPv6 brackets.
    let host: String

    init(parsing text: String) throws(BackendError) {
        var trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .configuration("the account URL is empty") }
        if !trimmed.contains("://") { trimmed = "https://" + trimmed }
        guard let components = URLComponents(string: trimmed) else {
            throw .configuration("the account URL is not a valid URL")
        }
        let scheme = components.scheme?.lowercased() ?? ""
        guard scheme == "https" || scheme == "http" else {
            throw .configuration("the account URL must start with https://")
        }
        let rawHost = components.percentEncodedHost ?? ""
        let host = rawHost.hasPrefix("[") && rawHost.hasSuffix("]") ? String(rawHost.dropFirst().dropLast()) : rawHost
        guard !host.isEmpty else { throw .configuration("the account URL has no host") }
        guard components.user == nil, components.password == nil else {
            throw .configuration("the account URL must not contain a user name or password")
        }
        guard components.percentEncodedQuery == nil, components.fragment == nil else {
            throw .configuration("the account URL must not contain a query or fragment")
        }
        if scheme == "http" && !Self.isLoopback(host) {
            throw .configuration("http:// is only allowed for localhost; use https:// for \(host)")
        }
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        if !path.lowercased().hasSuffix(OmnideskEndpoint.apiPath) { path += OmnideskEndpoint.apiPath }
        let authorityHost = host.contains(":") ? "[\(host)]" : host
        let port = components.port.map { ":\($0)" } ?? ""
        self.apiBaseURL = "\(scheme)://\(authorityHost)\(port)\(path)/"
        self.host = host
    }

    /// localhost, 127.0.0.0/8 or ::1: the only hosts plain HTTP may reach, since nothing
    /// sent to them leaves the machine.
    static func isLoopback(_ host: String) -> Bool {
        let lowered = host.lowercased()
        if lowered == "localhost" || lowered == "localhost." { return true }
        var v4 = in_addr()
        if inet_pton(AF_INET, lowered, &v4) == 1 {
            // s_addr is in network byte order: the first octet is the lowest byte in memory.
            return withUnsafeBytes(of: &v4) { $0.first == 127 }
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, lowered, &v6) == 1 {
            return withUnsafeBytes(of: &v6) { bytes in
                bytes.prefix(15).allSatisfy { $0 == 0 } && bytes.last == 1
            }
        }
        return false
    }
}
