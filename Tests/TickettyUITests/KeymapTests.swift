import TickettyCore
import TickettyStore
import XCTest
@testable import TickettyUI

final class KeymapTests: XCTestCase {
    /// Commands an agent reaches by a key of their own; the rest come from menus and pickers.
    private let keyedCommands: [Command] = [
        .moveUp, .moveDown, .moveToFirst, .moveToLast, .pageUp, .pageDown, .openSelected, .cycleFocus,
        .back, .openStatusMenu, .openPriorityMenu, .openAssignPicker, .toggleMark, .startReply, .startNote,
        .sendCompose, .editComposeExternally, .cancelCompose, .startFilter, .refreshNow, .showHelp, .quit,
        .openTagPrompt, .editTitle, .startCreate, .deleteTickets, .unlinkCustomer,
    ]

    func testEveryCommandHasABindingSomewhere() {
        let keymap = Keymap.defaults
        for command in keyedCommands {
            let bound = Pane.allCases.contains { keymap.keyLabel(for: command, in: $0) != nil }
            XCTAssertTrue(bound, "\(command) has no key")
        }
    }

    func testNoPaneHasClashingKeys() {
        XCTAssertEqual(Keymap.defaults.clashes, [])
    }

    func testClashesAreReported() {
        let keymap = Keymap([.list: [KeyBinding([.character("x")], .quit), KeyBinding([.character("x")], .refreshNow)]])
        XCTAssertEqual(keymap.clashes, [Keymap.Clash(pane: .list, key: .character("x"), commands: [.quit, .refreshNow])])
    }

    func testTheDocumentedDefaults() {
        let keymap = Keymap.defaults
        XCTAssertEqual(keymap.command(for: .character("j"), in: .list), .moveDown)
        XCTAssertEqual(keymap.command(for: .down, in: .timeline), .moveDown)
        XCTAssertEqual(keymap.command(for: .control("f"), in: .list), .pageDown)
        XCTAssertEqual(keymap.command(for: .enter, in: .list), .openSelected)
        XCTAssertEqual(keymap.command(for: .character(" "), in: .list), .toggleMark)
        XCTAssertEqual(keymap.command(for: .character("/"), in: .list), .startFilter)
        XCTAssertEqual(keymap.command(for: .control("s"), in: .compose), .sendCompose)
        XCTAssertEqual(keymap.command(for: .escape, in: .compose), .cancelCompose)
        XCTAssertNil(keymap.command(for: .character("q"), in: .compose), "letters are text in compose")
    }

    func testHelpListsEveryBindingOfThePaneWithItsKeys() {
        let entries = Keymap.defaults.helpEntries(for: .list)
        XCTAssertTrue(entries.contains(HelpEntry(keys: "j/↓", description: "Down one row", group: .moving, command: .moveDown)))
        XCTAssertTrue(entries.contains { $0.keys == "PgDn/Ctrl-F" && $0.command == .pageDown })
        for command in keyedCommands where Keymap.defaults.keyLabel(for: command, in: .list) != nil {
            XCTAssertTrue(entries.contains { $0.command == command }, "\(command) missing from help")
        }
        XCTAssertEqual(entries.map(\.group), entries.map(\.group).sorted(), "grouped by section")
    }

    func testHelpFiltersByKeysAndWords() {
        let entries = Keymap.defaults.helpEntries(for: .list, matching: "prio")
        XCTAssertEqual(entries.map(\.command), [.openPriorityMenu])
        XCTAssertEqual(Keymap.defaults.helpEntries(for: .list, matching: "zzz"), [])
    }
}
