import Hummingbird
import Foundation
import XCTest

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

import DemoServer

/// The public start API over real sockets.
final class DemoServerTests: XCTestCase {
    private static func get(_ url: String, key: String?) async throws -> (Int, String) {
        var request = URLRequest(url: try XCTUnwrap(URL(string: url)))
        if let key { request.setValue(key, forHTTPHeaderField: "apiKey") }
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// The status of a GET with the default key, or nil when the connection failed.
    private static func statusCode(_ url: String) async -> Int? {
        do {
            return try await get(url, key: "demo-key").0
        } catch {
            return nil
        }
    }

    func testStartsOnAFreePortServesAndStops() async throws {
        var configuration = DemoServerConfiguration()
        configuration.ticketCount = 25
        let server = try await DemoServer.start(configuration)
        XCTAssertGreaterThan(server.port, 0)
        XCTAssertEqual(server.baseURL, "http://127.0.0.1:\(server.port)/api/v2/")

        let (status, body) = try await Self.get(server.baseURL + "ticket?itemLimit=5", key: "demo-key")
        XCTAssertEqual(status, 200)
        XCTAssertTrue(body.contains(#""itemTotal":25"#), body)

        await server.setFaults(Faults(mode: .error500))
        let (failed, _) = try await Self.get(server.baseURL + "ticket", key: "demo-key")
        XCTAssertEqual(failed, 500)
        let faults = await server.faults()
        XCTAssertEqual(faults.mode, .error500)

        await server.stop()
        do {
            _ = try await Self.get(server.baseURL + "ticket", key: "demo-key")
            XCTFail("still answering after stop()")
        } catch {}
    }

    func testTwoServersRunSideBySide() async throws {
        let a = try await DemoServer.start(DemoServerConfiguration())
        let b = try await DemoServer.start(DemoServerConfiguration())
        XCTAssertNotEqual(a.port, b.port)
        await a.stop()
        await b.stop()
    }

    func testReportsABusyPort() async throws {
        let first = try await DemoServer.start(DemoServerConfiguration())
        var configuration = DemoServerConfiguration()
        configuration.port = first.port
        do {
            let second = try await DemoServer.start(configuration)
            await second.stop()
            XCTFail("bound a port that was taken")
        } catch {
            guard case .startFailed = error else { return XCTFail("\(error)") }
        }
        await first.stop()
    }

    func testADatabaseFileKeepsItsTicketsAcrossRestarts() async throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("desksim-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        var configuration = DemoServerConfiguration()
        configuration.databasePath = path
        configuration.ticketCount = 12
        let first = try await DemoServer.start(configuration)
        var request = URLRequest(url: try XCTUnwrap(URL(string: first.baseURL + "ticket/1")))
        request.httpMethod = "DELETE"
        request.setValue("demo-key", forHTTPHeaderField: "apiKey")
        _ = try await URLSession.shared.data(for: request)
        await first.stop()

        configuration.ticketCount = 500
        let second = try await DemoServer.start(configuration)
        let (_, body) = try await Self.get(second.baseURL + "ticket", key: "demo-key")
        XCTAssertTrue(body.contains(#""itemTotal":11"#), "reused, not reseeded: \(body.prefix(80))")
        await second.stop()
    }

    func testStopReturnsEvenWithAHangingRequest() async throws {
        var configuration = DemoServerConfiguration()
        configuration.faults = Faults(mode: .hang)
        let server = try await DemoServer.start(configuration)
        let url = server.baseURL + "ticket"
        let request = Task { await DemoServerTests.statusCode(url) }
        await server.stop()
        let status = await request.value
        XCTAssertNotEqual(status, 200, "a hanging request never gets a normal answer")
    }
}
