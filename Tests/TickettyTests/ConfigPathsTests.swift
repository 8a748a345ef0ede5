import XCTest

@testable import ticketty

final class ConfigPathsTests: XCTestCase {
    func testXDGDirectoriesWinOverHome() {
        let paths = ConfigPaths(environment: ["HOME": "/home/a", "XDG_CONFIG_HOME": "/cfg", "XDG_STATE_HOME": "/state"])
        XCTAssertEqual(paths.configFile, "/cfg/ticketty/config.toml")
        XCTAssertEqual(paths.themesDirectory, "/cfg/ticketty/themes")
        XCTAssertEqual(paths.stateDirectory, "/state/ticketty")
    }

    func testHomeIsTheFallbackAndRelativeXDGValuesAreIgnored() {
        let paths = ConfigPaths(environment: ["HOME": "/home/a", "XDG_CONFIG_HOME": "relative"])
        XCTAssertEqual(paths.configFile, "/home/a/.config/ticketty/config.toml")
        XCTAssertEqual(paths.stateDirectory, "/home/a/.local/state/ticketty")
    }
}
