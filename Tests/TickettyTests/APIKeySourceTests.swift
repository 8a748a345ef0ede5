import TickettyCore
import XCTest

@testable import ticketty

final class APIKeySourceTests: XCTestCase {
    func testTheEnvironmentWinsOverTheConfigFile() throws {
        var config = ConfigFile()
        config.apiKeyCommand = "echo from-command"
        config.apiKey = Secret("from-file")
        let key = try APIKeySource.resolve(environment: ["OMNIDESK_API_KEY": " from-env \n"], config: config)
        XCTAssertEqual(key?.revealed, "from-env")
    }

    func testTheCommandWinsOverTheFileAndIsTrimmedToItsFirstLine() throws {
        var config = ConfigFile()
        config.apiKeyCommand = "printf '  secret-1  \\nuser: me\\n'"
        config.apiKey = Secret("from-file")
        XCTAssertEqual(try APIKeySource.resolve(environment: [:], config: config)?.revealed, "secret-1")
    }

    func testTheFileKeyIsTheLastResort() throws {
        var config = ConfigFile()
        config.apiKey = Secret("from-file")
        XCTAssertEqual(try APIKeySource.resolve(environment: [:], config: config)?.revealed, "from-file")
        XCTAssertNil(try APIKeySource.resolve(environment: [:], config: ConfigFile()))
    }

    func testAFailingCommandSaysSoWithoutEchoingItsOutput() {
        XCTAssertThrowsError(try APIKeySource.run("echo leaked-secret; exit 3")) { error in
            XCTAssertEqual(error as? ConfigError, .apiKeyCommandFailed("exited with status 3"))
            XCTAssertFalse("\(error)".contains("leaked-secret"))
        }
    }

    func testACommandThatPrintsNothingIsAnError() {
        XCTAssertThrowsError(try APIKeySource.run("true")) { error in
            XCTAssertEqual(error as? ConfigError, .apiKeyCommandFailed("printed nothing on its first line"))
        }
    }

    func testTheKeyNeverShowsWhenPrinted() {
        let key = Secret("super-secret")
        XCTAssertEqual("\(key)", "<redacted>")
        XCTAssertEqual(String(reflecting: key), "<redacted>")
        var dumped = ""
        dump(key, to: &dumped)
        XCTAssertFalse(dumped.contains("super-secret"))
    }
}
