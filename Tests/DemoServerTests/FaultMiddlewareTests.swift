import GRDB
import Hummingbird
import HummingbirdTesting
import XCTest

@testable import DemoServer

final class FaultMiddlewareTests: XCTestCase {
    private static func setFaults(_ client: any TestClientProtocol, _ json: String) async throws {
        try await client.execute(
            uri: "/_desksim/faults", method: .post, headers: headers(contentType: "application/json"),
            body: ByteBuffer(string: json)
        ) { response in
            XCTAssertEqual(response.status, .ok, String(buffer: response.body))
        }
    }

    func testModesAnswer500HTMLAndThenRecover() async throws {
        let harness = try await DeskHarness.make(tickets: 2)
        try await harness.test { client in
            try await Self.setFaults(client, #"{"mode":"error500"}"#)
            try await client.execute(uri: "/api/v2/ticket", method: .get, headers: headers()) { response in
                try assertError(response, .internalServerError)
            }
            try await Self.setFaults(client, #"{"mode":"html"}"#)
            try await client.execute(uri: "/api/v2/ticket", method: .get, headers: headers()) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[.contentType], "text/html; charset=utf-8")
                XCTAssertTrue(String(buffer: response.body).hasPrefix("<!DOCTYPE html>"))
            }
            try await client.execute(uri: "/_desksim/health", method: .get) { response in
                XCTAssertEqual(response.status, .ok, "the admin endpoints are never faulted and health needs no key")
            }
            try await Self.setFaults(client, #"{"mode":"normal"}"#)
            try await client.execute(uri: "/api/v2/ticket", method: .get, headers: headers()) { response in
                XCTAssertEqual(response.status, .ok)
            }
        }
    }

    func testRateLimitSends429WithRetryAfter() async throws {
        let harness = try await DeskHarness.make(tickets: 2, faults: Faults(rateLimitRate: 1, retryAfter: 7))
        try await harness.test { client in
            try await client.execute(uri: "/api/v2/ticket", method: .get, headers: headers()) { response in
                try assertError(response, .tooManyRequests)
                XCTAssertEqual(response.headers[.retryAfter], "7")
            }
        }
    }

    func testHangDelaysThenAnswers() async throws {
        let harness = try await DeskHarness.make(tickets: 2, faults: Faults(mode: .hang, hangSeconds: 0.2))
        try await harness.test { client in
            let started = ContinuousClock.now
            try await client.execute(uri: "/api/v2/ticket", method: .get, headers: headers()) { response in
                XCTAssertEqual(response.status, .ok)
            }
            XCTAssertGreaterThanOrEqual(ContinuousClock.now - started, .milliseconds(200))
        }
    }

    func testLateAnswerCarriesTheRequestOutBeforeHoldingTheAnswer() async throws {
        let harness = try await DeskHarness.make(tickets: 1, faults: Faults(mode: .lateAnswer, hangSeconds: 3600))
        let title = "Landed before the answer"
        try await harness.test { client in
            let request = Task {
                let (fields, body) = urlencoded([("title", title)])
                try await client.execute(uri: "/api/v2/ticket/1", method: .put, headers: fields, body: body) { _ in }
            }
            defer { request.cancel() }
            // The answer is held for an hour; the change is on the desk all the same.
            let deadline = ContinuousClock.now + .seconds(10)
            while try await harness.desk.read({ try TicketRecord.fetchOne($0, key: 1)?.title }) != title {
                guard ContinuousClock.now < deadline else { return XCTFail("the change never reached the desk") }
                try await Task.sleep(for: .milliseconds(20))
            }
        }
    }

    func testRandomFailuresAreDeterministicPerSeed() async throws {
        func outcomes(seed: UInt64) async throws -> [Int] {
            let harness = try await DeskHarness.make(tickets: 1, seed: seed, faults: Faults(failureRate: 0.3, rateLimitRate: 0.2))
            let results = try await harness.test2 { client in
                var codes: [Int] = []
                for _ in 0..<40 {
                    codes.append(try await client.execute(uri: "/api/v2/user", method: .get, headers: headers()) { $0.status.code })
                }
                return codes
            }
            return results
        }
        let first = try await outcomes(seed: 3)
        let again = try await outcomes(seed: 3)
        let other = try await outcomes(seed: 4)
        XCTAssertEqual(first, again)
        XCTAssertNotEqual(first, other)
        XCTAssertTrue(first.contains(500) && first.contains(429) && first.contains(200), "\(first)")
    }

    func testAdminRejectsBadFaultsAndNeedsTheKey() async throws {
        let harness = try await DeskHarness.make(tickets: 1)
        try await harness.test { client in
            for body in [#"{"failureRate":1.5}"#, #"{"mode":"hang","hangSeconds":1e300}"#, #"{"mode":"explode"}"#, "not json", #"{"failureRate":0.6,"rateLimitRate":0.6}"#] {
                try await client.execute(
                    uri: "/_desksim/faults", method: .post, headers: headers(contentType: "application/json"),
                    body: ByteBuffer(string: body)
                ) { response in try assertError(response, .badRequest) }
            }
            try await client.execute(uri: "/_desksim/faults", method: .post, headers: headers(nil), body: ByteBuffer(string: "{}")) { response in
                try assertError(response, .unauthorized)
            }
        }
        let faults = await harness.desk.faults.current()
        XCTAssertEqual(faults, Faults())
    }
}

extension DeskHarness {
    /// Like ``test(_:)`` but returns the body's value.
    func test2<Value: Sendable>(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        let app = buildApplication(desk: desk, configuration: configuration, onServerRunning: { _ in })
        return try await app.test(.router, body)
    }
}
