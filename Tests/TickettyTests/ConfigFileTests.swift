import Foundation
import XCTest

@testable import ticketty

final class ConfigFileTests: XCTestCase {
    private var directory: String!

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "ticketty-config-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func write(_ text: String, mode: Int) throws -> String {
        let path = directory + "/config.toml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    func testEveryKeyIsRead() throws {
        let path = try write(
            """
            url = "https://mybrand.omnidesk.com"
            api_key_command = "pass show omnidesk"
            theme = "solarized"
            refresh_seconds = 30
            requests_per_minute = 120
            max_concurrent_requests = 2
            time_zone = "Europe/Moscow"
            """, mode: 0o644)
        let config = try ConfigFile.load(path: path, required: true)
        XCTAssertEqual(config.url, "https://mybrand.omnidesk.com")
        XCTAssertEqual(config.apiKeyCommand, "pass show omnidesk")
        XCTAssertEqual(config.theme, "solarized")
        XCTAssertEqual(config.refreshSeconds, 30)
        XCTAssertEqual(config.requestsPerMinute, 120)
        XCTAssertEqual(config.maxConcurrentRequests, 2)
        XCTAssertEqual(config.timeZone?.identifier, "Europe/Moscow")
    }

    func testAMissingDefaultFileMeansDefaults() throws {
        XCTAssertEqual(try ConfigFile.load(path: directory + "/absent.toml", required: false), ConfigFile())
    }

    func testAMissingFileNamedOnTheCommandLineIsAnError() {
        XCTAssertThrowsError(try ConfigFile.load(path: directory + "/absent.toml", required: true)) { error in
            XCTAssertEqual(error as? ConfigError, .notFound(file: directory + "/absent.toml"))
        }
    }

    func testUnknownKeysAreNamed() throws {
        let path = try write("urll = \"https://x.omnidesk.com\"\n", mode: 0o600)
        XCTAssertThrowsError(try ConfigFile.load(path: path, required: true)) { error in
            XCTAssertEqual(error as? ConfigError, .unknownKey(file: path, key: "urll"))
            XCTAssertTrue("\(error)".contains("\"urll\""))
        }
    }

    func testAPIKeyIsAcceptedFromAnOwnerOnlyFile() throws {
        let path = try write("api_key = \"k-123\"\n", mode: 0o600)
        XCTAssertEqual(try ConfigFile.load(path: path, required: true).apiKey?.revealed, "k-123")
    }

    func testAPIKeyIsRefusedFromAFileOthersCanRead() throws {
        let path = try write("api_key = \"k-123\"\n", mode: 0o644)
        XCTAssertThrowsError(try ConfigFile.load(path: path, required: true)) { error in
            XCTAssertEqual(error as? ConfigError, .apiKeyInSharedFile(file: path))
            XCTAssertFalse("\(error)".contains("k-123"))
        }
    }

    func testSyntaxErrorsGiveTheLine() throws {
        let path = try write("url = \"https://x\"\ntheme = \n", mode: 0o600)
        XCTAssertThrowsError(try ConfigFile.load(path: path, required: true)) { error in
            guard case .syntax(_, let line, _, _)? = error as? ConfigError else { return XCTFail("\(error)") }
            XCTAssertEqual(line, 2)
        }
    }

    func testWrongTypesAndValuesAreExplained() {
        XCTAssertThrowsError(try ConfigFile.parse("refresh_seconds = \"often\"", file: "c", readableByOthers: false)) {
            XCTAssertEqual($0 as? ConfigError, .wrongType(file: "c", key: "refresh_seconds", expected: "a number of seconds"))
        }
        XCTAssertThrowsError(try ConfigFile.parse("requests_per_minute = 0", file: "c", readableByOthers: false)) {
            XCTAssertEqual($0 as? ConfigError, .invalidValue(file: "c", key: "requests_per_minute", detail: "must be at least 1"))
        }
        XCTAssertThrowsError(try ConfigFile.parse("max_concurrent_requests = 1000", file: "c", readableByOthers: false)) {
            guard case .invalidValue(_, "max_concurrent_requests", _)? = $0 as? ConfigError else { return XCTFail("\($0)") }
        }
        XCTAssertThrowsError(try ConfigFile.parse("time_zone = \"Mars/Olympus\"", file: "c", readableByOthers: false)) {
            guard case .invalidValue(_, "time_zone", _)? = $0 as? ConfigError else { return XCTFail("\($0)") }
        }
    }
}
