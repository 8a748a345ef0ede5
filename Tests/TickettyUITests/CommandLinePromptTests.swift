import TickettyCore
import TickettyStore
import XCTest
@testable import TickettyUI

final class CommandLinePromptTests: XCTestCase {
    private let theme = Theme.builtInDefault
    private let router = KeyRouter(keymap: .defaults)

    func testColonOpensTheLineFromTheListAndTheTimeline() {
        var state = Fixtures.state(tickets: [Fixtures.ticket(1, "One")])
        XCTAssertEqual(router.action(for: .character(":"), in: state), .command(.startCommandLine))
        state.focus = .timeline
        XCTAssertEqual(router.action(for: .character(":"), in: state), .command(.startCommandLine))
    }

    func testKeysOnTheLineEditCompleteRunAndCancel() {
        var state = Fixtures.state(tickets: [Fixtures.ticket(1, "One")])
        state.overlay = .commandLine(CommandLineInput(text: "status"))
        XCTAssertEqual(router.action(for: .character("q"), in: state), .edit(.insert("q")), "letters are text, not commands")
        XCTAssertEqual(router.action(for: .character(":"), in: state), .edit(.insert(":")))
        XCTAssertEqual(router.action(for: .backspace, in: state), .edit(.deleteBackward))
        XCTAssertEqual(router.action(for: .tab, in: state), .command(.completeCommandLine))
        XCTAssertEqual(router.action(for: .enter, in: state), .command(.confirmSelection))
        XCTAssertEqual(router.action(for: .escape, in: state), .command(.back))
    }

    func testThePromptReplacesTheStatusLineWithCandidatesDimmed() {
        var state = Fixtures.state(tickets: [Fixtures.ticket(1, "One")])
        state.overlay = .commandLine(CommandLineInput(text: "status so", candidates: ["solved"]))
        let terminal = Fixtures.render(state, columns: 60, rows: 12)
        XCTAssertEqual(terminal.lines[11].trimmingCharacters(in: .whitespaces), ":status so▏  solved")
        XCTAssertEqual(terminal.style(at: Position(column: 0, row: 11)), theme[.statusFilter])
        XCTAssertEqual(terminal.style(at: Position(column: 13, row: 11)), theme[.dim])
        XCTAssertFalse(terminal.lines[11].contains("acme"), "the account and counts are hidden under the prompt")
    }

    func testALongLineKeepsItsEndInView() {
        var state = Fixtures.state(tickets: [])
        state.overlay = .commandLine(CommandLineInput(text: String(repeating: "x", count: 50) + "END"))
        let line = Fixtures.render(state, columns: 20, rows: 6).lines[5]
        XCTAssertTrue(line.hasPrefix("…"), line)
        XCTAssertTrue(line.hasSuffix("END▏"), line)
    }
}
