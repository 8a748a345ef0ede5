import Foundation
import TickettyCore

/// Where an Omnidesk account is and how to talk to it.
///
/// The account URL is what the user knows (`https://mybrand.omnidesk.com`); the client adds
/// `/api/v2/` unless it is already there. Plain `http://` is refused except for loopback hosts,
/// so the API key only ever crosses a network encrypted.
///
/// ```swift
/// let configuration = try OmnideskConfiguration(
///     accountURL: "https://mybrand.omnidesk.com", apiKey: key)
/// print(configuration.apiBaseURL)   // "https://mybrand.omnidesk.com/api/v2/"
/// print(configuration)              // the key shows as "<redacted>"
/// ```
public struct OmnideskConfiguration: Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The API root, always ending in `/api/v2/`.
    public let apiBaseURL: String
    /// The time zone the account's `"YYYY-MM-DD hh:mm:ss"` timestamps are in.
    public let timeZone: TimeZone
    /// How long one request may take, from connecting to the last byte of the answer.
    public let requestTimeout: Duration
    /// A short name for the status line; the account's host unless given.
    public let accountName: String
    /// The host of ``apiBaseURL``, without brackets for IPv6.
    let host: String
    let apiKey: Secret

    /// Validates the account URL and the key.
    ///
    /// - Parameters:
    ///   - accountURL: `https://ACCOUNT.omnidesk.com`, with or without `/api/v2/`; a bare host
    ///     gets `https://`. `http://` is accepted only for localhost, 127.0.0.0/8 and `[::1]`.
    ///   - apiKey: The key sent in the `apiKey` header; surrounding whitespace is dropped.
    ///   - timeZone: The account's time zone (Omnidesk sends local times without an offset).
    ///   - requestTimeout: The limit for one request, answer included.
    ///   - accountName: What the status line calls the account; the host when nil.
    /// - Throws: ``BackendError/configuration(_:)`` naming what is wrong (never the key).
    public init(
        accountURL: String, apiKey: String, timeZone: TimeZone = .gmt,
        requestTimeout: Duration = .seconds(15), accountName: String? = nil
    ) throws(BackendError) {
        let location = try AccountURL(parsing: accountURL)
        let key = apiKey.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !key.isEmpty else { throw .configuration("the API key is empty") }
        // A header value cannot hold line breaks or other controls; say so without echoing it.
        guard key.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else {
            throw .configuration("the API key contains control characters or line breaks")
        }
        guard requestTimeout > .zero else { throw .configuration("the request timeout must be positive") }
        self.apiBaseURL = location.apiBaseURL
        self.host = location.host
        self.apiKey = Secret(key)
        self.timeZone = timeZone
        self.requestTimeout = requestTimeout
        let name = accountName.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
        self.accountName = name.isEmpty ? location.host : name
    }

    public var description: String {
        "OmnideskConfiguration(apiBaseURL: \(apiBaseURL), accountName: \(accountName), "
            + "timeZone: \(timeZone.identifier), requestTimeout: \(requestTimeout), apiKey: \(apiKey))"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "apiBaseURL": apiBaseURL, "accountName": accountName, "timeZone": timeZone.identifier,
                "requestTimeout": requestTimeout, "apiKey": apiKey.description,
            ], displayStyle: .struct)
    }
}
