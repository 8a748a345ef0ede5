import Foundation
import HTTPTypes
import GRDB
import Hummingbird
import HummingbirdTesting
import XCTest

@testable import DemoServer

/// A fixed clock for tests: 2026-01-15 10:00:00 UTC.
let fixedNow = 1_768_471_200

let fullKey = "test-full-key"
let readOnlyKey = "test-read-key"

/// A small desk with a pinned clock, its router app, and helpers to talk to it and to
/// snapshot its database (for "nothing changed" assertions).
struct DeskHarness {
    let desk: Desk
    let configuration: DemoServerConfiguration

    static func make(
        tickets: Int = 40, seed: UInt64 = 7, hostile: Bool = false, faults: Faults = .init()
    ) async throws -> DeskHarness {
        var configuration = DemoServerConfiguration()
        configuration.apiKey = fullKey
        configuration.readOnlyAPIKey = readOnlyKey
        configuration.ticketCount = tickets
        configuration.seed = seed
        configuration.hostileSamples = hostile
        configuration.faults = faults
        let desk = try await Desk.open(configuration, now: { fixedNow })
        return DeskHarness(desk: desk, configuration: configuration)
    }

    /// Runs `body` against the router, without sockets.
    func test(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = buildApplication(desk: desk, configuration: configuration, onServerRunning: { _ in })
        try await app.test(.router, body)
    }

    /// Every row of every table, as text: equal snapshots mean nothing was changed.
    func snapshot() async throws -> [String] {
        try await desk.database.read { db in
            var lines: [String] = []
            for table in ["brand", "agentGroup", "agent", "customer", "ticket", "timeline", "view"] {
                lines += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1").map { "\(table): \($0)" }
            }
            return lines
        }
    }
}

let apiKeyField = HTTPField.Name("apiKey")!

func headers(_ key: String? = fullKey, contentType: String? = nil) -> HTTPFields {
    var fields = HTTPFields()
    if let key { fields[apiKeyField] = key }
    if let contentType { fields[.contentType] = contentType }
    return fields
}

/// A multipart/form-data body with the given fields, in order (names may repeat).
func multipart(_ pairs: [(String, String)], boundary: String = "----ticketty-test-7f3a") -> (HTTPFields, ByteBuffer) {
    var text = ""
    for (name, value) in pairs {
        text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
    }
    text += "--\(boundary)--\r\n"
    return (headers(contentType: "multipart/form-data; boundary=\(boundary)"), ByteBuffer(string: text))
}

/// An application/x-www-form-urlencoded body.
func urlencoded(_ pairs: [(String, String)], key: String? = fullKey) -> (HTTPFields, ByteBuffer) {
    let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
    let text = pairs.map {
        "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)"
    }.joined(separator: "&")
    return (headers(key, contentType: "application/x-www-form-urlencoded"), ByteBuffer(string: text))
}

/// The response body as a JSON object.
func json(_ response: TestResponse, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView), options: [.fragmentsAllowed])
    return try XCTUnwrap(object as? [String: Any], "not a JSON object: \(String(buffer: response.body))", file: file, line: line)
}

/// Asserts Omnidesk's error shape and status, and returns the message.
@discardableResult
func assertError(
    _ response: TestResponse, _ status: HTTPResponse.Status, file: StaticString = #filePath, line: UInt = #line
) throws -> String {
    XCTAssertEqual(response.status, status, String(buffer: response.body), file: file, line: line)
    let body = try json(response, file: file, line: line)
    XCTAssertEqual(body["status"] as? String, "error", file: file, line: line)
    return try XCTUnwrap(body["message"] as? String, file: file, line: line)
}
