import TickettyStore
import TickettyUI
import XCTest

@testable import ticketty

/// The `[keys]` table of `config.toml`: the user's bindings reach the keymap the app runs and
/// the help overlay lists, and mistakes stop the start with the file, section and key named.
final class ConfigKeysTests: XCTestCase {
    private func parse(_ text: String) throws -> ConfigFile {
        try ConfigFile.parse(text, file: "config.toml", readableByOthers: false)
    }

    private func message(of text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return "\(error)"
        }
    }

    func testBindingsReachTheKeymapAndItsHelp() throws {
        let config = try parse(
            """
            theme = "default"

            [keys.browsing]
            "ctrl-r" = "refresh"

            [keys.list]
            "x" = "set-status:closed"
            "/" = "none"

            [keys.timeline]
            "ctrl-n" = "note"

            [keys.compose]
            "f2" = "send"
            """)
        let keymap = config.keymap
        XCTAssertEqual(keymap.command(for: .character("x"), in: .list), .setStatus(.closed))
        XCTAssertEqual(keymap.command(for: .control("r"), in: .timeline), .refreshNow)
        XCTAssertNil(keymap.command(for: .character("/"), in: .list))
        XCTAssertEqual(keymap.command(for: .control("n"), in: .timeline), .startNote)
        XCTAssertEqual(keymap.command(for: .function(2), in: .compose), .sendCompose)
        XCTAssertEqual(keymap.clashes, [])
        XCTAssertEqual(keymap.command(for: .character("j"), in: .list), .moveDown, "unmentioned keys keep their defaults")
        XCTAssertTrue(keymap.helpEntries(for: .list).contains { $0.keys == "x" && $0.command == .setStatus(.closed) })
        XCTAssertEqual(config.theme, "default")
    }

    func testNoKeysTableMeansTheDefaults() throws {
        XCTAssertEqual(try parse("theme = \"default\"").keymap, .defaults)
    }

    func testAnUnknownCommandNamesTheSectionAndKey() {
        XCTAssertThrowsError(try parse("[keys.list]\n\"x\" = \"explode\"")) {
            XCTAssertEqual(
                $0 as? ConfigError,
                .keys(.unknownCommand("explode", key: "x", section: "list", file: "config.toml")))
        }
        let text = message(of: "[keys.list]\n\"x\" = \"explode\"") ?? ""
        XCTAssertTrue(text.hasPrefix("config.toml: [keys.list] \"x\" = \"explode\": unknown command"), text)
        XCTAssertTrue(text.contains("set-status:closed"), "lists the commands that exist: \(text)")
    }

    func testAnUnknownSectionIsNamedAsWritten() {
        let text = message(of: "[keys.lst]\n\"x\" = \"quit\"") ?? ""
        XCTAssertTrue(text.hasPrefix("config.toml: unknown section [keys.lst]; use [keys.browsing]"), text)
    }

    func testABadKeyNameIsNamed() {
        XCTAssertThrowsError(try parse("[keys.timeline]\n\"hyper-x\" = \"quit\"")) {
            XCTAssertEqual($0 as? ConfigError, .keys(.unknownKey("hyper-x", section: "timeline", file: "config.toml")))
        }
        let text = message(of: "[keys.timeline]\n\"hyper-x\" = \"quit\"") ?? ""
        XCTAssertTrue(text.hasPrefix("config.toml: [keys.timeline] unknown key \"hyper-x\""), text)
    }

    func testPrintableKeysCannotRunCommandsWhileWriting() {
        let text = message(of: "[keys.compose]\n\"q\" = \"quit\"") ?? ""
        XCTAssertTrue(text.hasPrefix("config.toml: [keys.compose] \"q\" is text while writing"), text)
    }

    func testKeysMustBeATable() {
        XCTAssertThrowsError(try parse("keys = \"vim\"")) {
            guard case .wrongType(_, "keys", _)? = $0 as? ConfigError else { return XCTFail("\($0)") }
        }
    }
}
