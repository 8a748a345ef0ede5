import TickettyCore
import TickettyStore
import XCTest
@testable import TickettyUI

/// The tags and title prompts, the delete question and the new-ticket form, as drawn and as
/// keys reach them.
final class TicketEditOverlaysTests: XCTestCase {
    private let theme = Theme.builtInDefault
    private let router = KeyRouter(keymap: .defaults)

    func testTheNewKeysAreBoundInTheListAndTheTimelineAndListedInHelp() {
        var state = Fixtures.state(tickets: [Fixtures.ticket(1, "One")])
        for pane in [Pane.list, .timeline] {
            state.focus = pane
            XCTAssertEqual(router.action(for: .character("t"), in: state), .command(.openTagPrompt))
            XCTAssertEqual(router.action(for: .character("e"), in: state), .command(.editTitle))
            XCTAssertEqual(router.action(for: .character("c"), in: state), .command(.startCreate))
            XCTAssertEqual(router.action(for: .character("D"), in: state), .command(.deleteTickets))
            XCTAssertEqual(router.action(for: .character("X"), in: state), .command(.unlinkCustomer))
        }
        XCTAssertEqual(Keymap.defaults.command(for: .character("u"), in: .list), .undo, "u stays undo")
        let help = Keymap.defaults.helpEntries(for: .list, matching: "")
        XCTAssertTrue(help.contains { $0.keys == "D" && $0.description == "Delete the ticket(s)…" })
        XCTAssertTrue(help.contains { $0.keys == "t" && $0.command == .openTagPrompt })
    }

    func testTheTagsPromptReplacesTheStatusLineWithItsCursorAndHint() {
        var state = Fixtures.state(tickets: [Fixtures.ticket(1, "One"), Fixtures.ticket(2, "Two")])
        state.marked = [1, 2]
        state.overlay = .textPrompt(TextPrompt(purpose: .tags(shared: ["vip"]), field: LineField("vip ")))
        let terminal = Fixtures.render(state, columns: 80, rows: 12)
        let line = terminal.lines[11]
        XCTAssertTrue(line.hasPrefix("Tags of 2: vip ▏"), line)
        XCTAssertTrue(line.hasSuffix("+add -remove  Enter applies  Esc cancels"), line)
        XCTAssertEqual(terminal.style(at: Position(column: 11, row: 11)), theme[.statusFilter])
    }

    func testTheTitlePromptShowsTheCursorInsideTheTextAndKeepsItInView() {
        var state = Fixtures.state(tickets: [Fixtures.ticket(1, "One")])
        var field = LineField("Refund for order")
        field.apply(.moveToLineStart)
        state.overlay = .textPrompt(TextPrompt(purpose: .title, field: field))
        XCTAssertTrue(Fixtures.render(state, columns: 60, rows: 8).lines[7].hasPrefix("Title: ▏Refund for order"))

        state.overlay = .textPrompt(TextPrompt(purpose: .title, field: LineField(String(repeating: "x", count: 80) + "END")))
        let line = Fixtures.render(state, columns: 40, rows: 8).lines[7]
        XCTAssertTrue(line.hasPrefix("Title: "), line)
        XCTAssertTrue(line.contains("END▏"), "the cursor end stays in view: \(line)")
    }

    func testPromptKeysAreTextEnterAppliesEscCancels() {
        var state = Fixtures.state(tickets: [Fixtures.ticket(1, "One")])
        state.overlay = .textPrompt(TextPrompt(purpose: .title, field: LineField("x")))
        XCTAssertEqual(router.action(for: .character("q"), in: state), .edit(.insert("q")))
        XCTAssertEqual(router.action(for: .left, in: state), .edit(.moveLeft))
        XCTAssertEqual(router.action(for: .enter, in: state), .command(.confirmSelection))
        XCTAssertEqual(router.action(for: .escape, in: state), .command(.back))
    }

    func testTheDeleteQuestionNamesTheCountAndOnlyYSaysYes() {
        var state = Fixtures.state(tickets: [Fixtures.ticket(1, "One"), Fixtures.ticket(2, "Two"), Fixtures.ticket(3, "Three")])
        state.overlay = .confirmWrite(.delete([1, 2, 3]))
        let terminal = Fixtures.render(state, columns: 60, rows: 14)
        XCTAssertNotNil(terminal.row(containing: "Delete 3 tickets?"))
        XCTAssertNotNil(terminal.row(containing: "This cannot be undone.  y / n"))
        XCTAssertEqual(router.action(for: .character("y"), in: state), .command(.confirmSelection))
        XCTAssertEqual(router.action(for: .character("n"), in: state), .command(.back))
        XCTAssertNil(router.action(for: .enter, in: state), "Enter by habit deletes nothing")

        state.overlay = .confirmWrite(.delete([2]))
        let one = Fixtures.render(state, columns: 60, rows: 14)
        XCTAssertNotNil(one.row(containing: "Delete ticket 2?"))
        XCTAssertNotNil(one.row(containing: "“Two”"), "a single ticket is named")
    }

    func testTheFormShowsEveryFieldTheFocusedOneHighlightedAndWhatIsMissing() {
        var state = Fixtures.state(tickets: [Fixtures.ticket(1, "One")])
        var form = NewTicketForm(groups: [Fixtures.finance, Fixtures.support], group: Fixtures.finance,
                                 supportAddress: "support@acme.example", brandID: 1)
        form.focused = .supportAddress
        form.problem = "Our address is needed"
        state.overlay = .createForm(form)
        let terminal = Fixtures.render(state, columns: 80, rows: 20)
        for label in ["Title", "Message", "Customer", "Name", "Direction", "Group", "Our address", "Brand ID"] {
            XCTAssertNotNil(terminal.row(containing: label), label)
        }
        XCTAssertNotNil(terminal.row(containing: "‹ Finance ›"))
        XCTAssertNotNil(terminal.row(containing: "support@acme.example"))
        let focusedRow = terminal.row(containing: "Our address") ?? 0
        let column = terminal.column(of: "Our address", row: focusedRow) ?? 0
        XCTAssertEqual(terminal.style(at: Position(column: column, row: focusedRow)), theme[.menuSelected])
        let problemRow = terminal.row(containing: "Our address is needed") ?? 0
        let problemColumn = terminal.column(of: "Our address is", row: problemRow) ?? 0
        XCTAssertEqual(terminal.style(at: Position(column: problemColumn, row: problemRow)), theme[.statusError])
    }

    func testFormKeysMoveBetweenFieldsAndSubmit() {
        var state = Fixtures.state(tickets: [Fixtures.ticket(1, "One")])
        state.overlay = .createForm(NewTicketForm(groups: [], group: nil, supportAddress: "", brandID: 1))
        XCTAssertEqual(router.action(for: .tab, in: state), .command(.moveDown))
        XCTAssertEqual(router.action(for: .backTab, in: state), .command(.moveUp))
        XCTAssertEqual(router.action(for: .enter, in: state), .command(.confirmSelection))
        XCTAssertEqual(router.action(for: .control("s"), in: state), .command(.confirmSelection))
        XCTAssertEqual(router.action(for: .character("j"), in: state), .edit(.insert("j")), "letters are text")
        XCTAssertEqual(router.action(for: .escape, in: state), .command(.back))
    }
}
