import TickettyCore
import TickettyStore
import XCTest
@testable import TickettyUI

final class KeymapOverrideTests: XCTestCase {
    func testAKeysFileRebindsAndUnbinds() throws {
        let keymap = try Keymap.defaults.applying("""
            [browsing]
            "ctrl-r" = "refresh"
            [list]
            "x" = "set-status:closed"
            "/" = "none"
            "j" = "quit"
            [compose]
            "f2" = "send"
            """, file: "keys.toml")
        XCTAssertEqual(keymap.command(for: .control("r"), in: .timeline), .refreshNow)
        XCTAssertEqual(keymap.command(for: .character("x"), in: .list), .setStatus(.closed))
        XCTAssertNil(keymap.command(for: .character("/"), in: .list))
        XCTAssertEqual(keymap.command(for: .character("j"), in: .list), .quit)
        XCTAssertEqual(keymap.command(for: .down, in: .list), .moveDown, "other keys of the command stay")
        XCTAssertEqual(keymap.command(for: .function(2), in: .compose), .sendCompose)
        XCTAssertEqual(keymap.clashes, [])
        XCTAssertTrue(keymap.helpEntries(for: .list).contains { $0.keys == "q/j" && $0.command == .quit })
    }

    func testMistakesAreReportedWithTheFile() {
        XCTAssertThrowsError(try Keymap.defaults.applying("[lst]\n\"x\" = \"quit\"", file: "k.toml")) {
            XCTAssertEqual($0 as? KeymapError, .unknownSection("lst", file: "k.toml"))
        }
        XCTAssertThrowsError(try Keymap.defaults.applying("[list]\n\"ctrl-\" = \"quit\"", file: "k.toml")) {
            XCTAssertEqual($0 as? KeymapError, .unknownKey("ctrl-", section: "list", file: "k.toml"))
        }
        XCTAssertThrowsError(try Keymap.defaults.applying("[list]\n\"x\" = \"explode\"", file: "k.toml")) {
            XCTAssertEqual($0 as? KeymapError, .unknownCommand("explode", key: "x", section: "list", file: "k.toml"))
            XCTAssertTrue("\($0)".contains("move-down"))
        }
        XCTAssertThrowsError(try Keymap.defaults.applying("[compose]\n\"q\" = \"quit\"", file: "k.toml")) {
            XCTAssertEqual($0 as? KeymapError, .printableKeyInCompose("q", file: "k.toml"))
        }
    }

    func testEveryBindableCommandHasAUniqueName() {
        let names = Command.bindable.compactMap(\.name)
        XCTAssertEqual(names.count, Command.bindable.count)
        XCTAssertEqual(Set(names).count, names.count)
        for command in Command.bindable { XCTAssertEqual(command.name.flatMap(Command.init(name:)), command) }
    }

    func testKeyNames() {
        XCTAssertEqual(Key(name: "G"), .character("G"))
        XCTAssertEqual(Key(name: "Ctrl-S"), .control("s"))
        XCTAssertEqual(Key(name: "space"), .character(" "))
        XCTAssertEqual(Key(name: "pgdn"), .pageDown)
        XCTAssertEqual(Key(name: "f12"), .function(12))
        XCTAssertNil(Key(name: "f13"))
        XCTAssertNil(Key(name: "hyper-x"))
    }
}
