import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import TickettyCore

/// Sends one ``OmnideskEndpoint`` and returns the JSON body of a 2xx answer, or the
/// ``BackendError`` that describes what went wrong.
///
/// Every request is bounded by the configuration's timeout from connecting to the last byte,
/// and every answer by ``maximumResponseBytes``, so no server can make a call hang or eat memory.
/// Nothing here retries: the store's queue decides that.
struct OmnideskHTTP: Sendable {
    /// Answers larger than this are refused (a full 9,999-ticket page is a few megabytes).
    static let maximumResponseBytes = 32 * 1024 * 1024

    /// The client used unless the caller brings one. It never follows redirects (a redirect to
    /// another host would carry the `apiKey` header there), gives up connecting after 5 s and
    /// does not retry a refused connection, so errors surface at once. Like `HTTPClient.shared`
    /// it lives as long as the process and is never shut down.
    static let defaultClient: HTTPClient = {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow, timeout: .init(connect: .seconds(5)), decompression: .disabled)
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
    }()

    let client: HTTPClient
    let configuration: OmnideskConfiguration
    let logger: Logger

    /// The body of a 2xx JSON answer.
    func send(_ endpoint: OmnideskEndpoint) async throws(BackendError) -> Data {
        let request = makeRequest(endpoint)
        logger.debug("request", metadata: ["method": "\(endpoint.method.rawValue)", "path": "\(endpoint.path)"])
        let exchange: Exchange
        do {
            exchange = try await withDeadline(configuration.requestTimeout) { [client] in
                try await Self.exchange(request, client: client, timeout: configuration.requestTimeout)
            }
        } catch {
            let failure = ErrorMapping.transport(error)
            logger.debug("request failed", metadata: ["path": "\(endpoint.path)", "error": "\(failure)"])
            throw failure
        }
        logger.debug("response", metadata: ["path": "\(endpoint.path)", "status": "\(exchange.status)"])
        guard (200..<300).contains(exchange.status) else {
            throw ErrorMapping.status(exchange.status, headers: exchange.headers, body: exchange.body, endpoint: endpoint)
        }
        if let type = exchange.headers.first(name: "content-type"), !type.lowercased().contains("json") {
            let mediaType = type.split(separator: ";").first.map(String.init) ?? type
            throw .invalidResponse("expected JSON, got \(ServerText.clip(mediaType, limit: 40))")
        }
        return exchange.body
    }

    // MARK: - Request

    private func makeRequest(_ endpoint: OmnideskEndpoint) -> HTTPClientRequest {
        let query = endpoint.query.isEmpty ? "" : "?" + FormEncoding.query(endpoint.query)
        var request = HTTPClientRequest(url: configuration.apiBaseURL + endpoint.path + query)
        request.method = endpoint.method
        request.headers.add(name: OmnideskEndpoint.apiKeyHeader, value: configuration.apiKey.revealed)
        request.headers.add(name: "Accept", value: "application/json")
        request.headers.add(name: "User-Agent", value: "ticketty")
        switch endpoint.body {
        case .none:
            break
        case .multipart(let fields):
            let boundary = FormEncoding.makeBoundary(for: fields)
            request.headers.add(name: "Content-Type", value: FormEncoding.multipartContentType(boundary: boundary))
            request.body = .bytes(ByteBuffer(bytes: FormEncoding.multipart(fields, boundary: boundary)))
        case .urlEncoded(let fields):
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            request.body = .bytes(ByteBuffer(string: FormEncoding.urlEncoded(fields)))
        }
        return request
    }

    // MARK: - Exchange

    /// What came back: status, headers and the whole (capped) body.
    struct Exchange: Sendable {
        let status: Int
        let headers: HTTPHeaders
        let body: Data
    }

    private static func exchange(_ request: HTTPClientRequest, client: HTTPClient, timeout: Duration) async throws
        -> Exchange
    {
        let response = try await client.execute(request, timeout: TimeAmount(timeout))
        if let length = response.headers.first(name: "content-length").flatMap(Int.init), length > maximumResponseBytes {
            throw BackendError.invalidResponse("the answer is larger than \(maximumResponseBytes / 1_048_576) MB")
        }
        do {
            let buffer = try await response.body.collect(upTo: maximumResponseBytes)
            return Exchange(status: Int(response.status.code), headers: response.headers, body: Data(buffer.readableBytesView))
        } catch is NIOTooManyBytesError {
            throw BackendError.invalidResponse("the answer is larger than \(maximumResponseBytes / 1_048_576) MB")
        }
    }

    /// Runs `operation`, cancelling it with ``BackendError/timeout`` when `limit` passes first.
    /// AsyncHTTPClient's own deadline stops at the response head; this one covers the body too.
    private func withDeadline<Value: Sendable>(
        _ limit: Duration, _ operation: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        try await withThrowingTaskGroup(of: Value.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: limit)
                throw BackendError.timeout
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw BackendError.timeout }
            return first
        }
    }
}

extension TimeAmount {
    /// A Swift `Duration` as NIO's nanoseconds, saturating instead of overflowing.
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        let (nanos, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        self = .nanoseconds(overflow ? Int64.max : nanos.addingReportingOverflow(attoseconds / 1_000_000_000).partialValue)
    }
}
