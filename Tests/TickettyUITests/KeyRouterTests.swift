import TickettyCore
import TickettyStore
import XCTest
@testable import TickettyUI

final class KeyRouterTests: XCTestCase {
    private let router = KeyRouter(keymap: .defaults)
    private var state = Fixtures.state(tickets: [Fixtures.ticket(1, "One")])

    func testBrowsingUsesTheKeymapOfTheFocusedPane() {
        XCTAssertEqual(router.action(for: .character("j"), in: state), .command(.moveDown))
        XCTAssertEqual(router.action(for: .character("s"), in: state), .command(.openStatusMenu))
        XCTAssertNil(router.action(for: .character("Z"), in: state))
        state.focus = .timeline
        XCTAssertEqual(router.action(for: .character(" "), in: state), .command(.pageDown))
    }

    func testStatusMenuLetters() {
        state.overlay = .statusMenu
        for status in TicketStatus.allCases {
            XCTAssertEqual(router.action(for: .character(status.menuKey), in: state), .command(.setStatus(status)))
        }
        XCTAssertEqual(router.action(for: .escape, in: state), .command(.back))
        XCTAssertNil(router.action(for: .character("j"), in: state))
    }

    func testPriorityMenuLetters() {
        state.overlay = .priorityMenu
        for priority in TicketPriority.allCases {
            XCTAssertEqual(router.action(for: .character(priority.menuKey), in: state), .command(.setPriority(priority)))
        }
        XCTAssertEqual(router.action(for: .escape, in: state), .command(.back))
    }

    func testAssignPickerTypesMovesAndConfirms() {
        state.overlay = .assignPicker(Picker())
        XCTAssertEqual(router.action(for: .character("f"), in: state), .edit(.insert("f")))
        XCTAssertEqual(router.action(for: .character("j"), in: state), .edit(.insert("j")), "letters narrow the list")
        XCTAssertEqual(router.action(for: .backspace, in: state), .edit(.deleteBackward))
        XCTAssertEqual(router.action(for: .down, in: state), .command(.moveDown))
        XCTAssertEqual(router.action(for: .control("p"), in: state), .command(.moveUp))
        XCTAssertEqual(router.action(for: .enter, in: state), .command(.confirmSelection))
        XCTAssertEqual(router.action(for: .escape, in: state), .command(.back))
    }

    func testEnterInHelpClosesItAndRunsTheHighlightedCommand() {
        state.overlay = .help(Picker(filter: "prio", selectedIndex: 0))
        XCTAssertEqual(router.actions(for: .enter, in: state), [.command(.confirmSelection), .command(.openPriorityMenu)])
        state.overlay = .help(Picker(filter: "", selectedIndex: 999))
        let last = Keymap.defaults.helpEntries(for: .list).last?.command
        XCTAssertEqual(router.actions(for: .enter, in: state).last, last.map(Action.command))
        XCTAssertEqual(router.action(for: .character("q"), in: state), .edit(.insert("q")))
    }

    func testConfirmQuit() {
        state.overlay = .confirmQuit
        XCTAssertEqual(router.action(for: .character("y"), in: state), .command(.confirmSelection))
        XCTAssertEqual(router.action(for: .character("n"), in: state), .command(.back))
        XCTAssertEqual(router.action(for: .escape, in: state), .command(.back))
    }

    func testComposeTakesTextAndItsOwnCommands() {
        state.compose = Draft(ticketID: 1, kind: .reply)
        state.focus = .compose
        XCTAssertEqual(router.action(for: .character("q"), in: state), .edit(.insert("q")))
        XCTAssertEqual(router.action(for: .character("票"), in: state), .edit(.insert("票")))
        XCTAssertEqual(router.action(for: .enter, in: state), .edit(.newline))
        XCTAssertEqual(router.action(for: .up, in: state), .edit(.moveUp))
        XCTAssertEqual(router.action(for: .home, in: state), .edit(.moveToLineStart))
        XCTAssertEqual(router.action(for: .backspace, in: state), .edit(.deleteBackward))
        XCTAssertEqual(router.action(for: .delete, in: state), .edit(.deleteForward))
        XCTAssertEqual(router.action(for: .control("s"), in: state), .command(.sendCompose))
        XCTAssertEqual(router.action(for: .control("e"), in: state), .command(.editComposeExternally))
        XCTAssertEqual(router.action(for: .escape, in: state), .command(.cancelCompose))
    }

    func testFilterEditing() {
        state.isEditingFilter = true
        XCTAssertEqual(router.action(for: .character("j"), in: state), .edit(.insert("j")))
        XCTAssertEqual(router.action(for: .backspace, in: state), .edit(.deleteBackward))
        XCTAssertEqual(router.action(for: .enter, in: state), .command(.confirmSelection))
        XCTAssertEqual(router.action(for: .escape, in: state), .command(.back))
    }

    func testAnOverlayTakesKeysBeforeCompose() {
        state.compose = Draft(ticketID: 1, kind: .reply)
        state.focus = .compose
        state.overlay = .statusMenu
        XCTAssertEqual(router.action(for: .character("s"), in: state), .command(.setStatus(.solved)))
    }
}
