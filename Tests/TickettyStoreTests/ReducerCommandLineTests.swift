import TickettyCore
import XCTest
@testable import TickettyStore

final class ReducerCommandLineTests: XCTestCase {
    private let tickets = Fixture.tickets(3)

    /// Opens the command line, types `line` and presses Enter.
    private func run(_ line: String, in state: inout State) -> [Effect] {
        state.send(.command(.startCommandLine), .edit(.insert(line)))
        return state.send(.command(.confirmSelection))
    }

    func testStatusLineDoesWhatTheStatusMenuDoes() {
        var byMenu = Fixture.loaded(tickets)
        let menuEffects = byMenu.send(.command(.openStatusMenu), .command(.setStatus(.solved)))
        var byLine = Fixture.loaded(tickets)
        XCTAssertEqual(run("status solved", in: &byLine), menuEffects)
        XCTAssertEqual(byLine, byMenu)
        XCTAssertEqual(byLine.tickets[1]?.status, .solved)
        XCTAssertNil(byLine.overlay)
    }

    func testPriorityAndBoundNamesRun() {
        var state = Fixture.loaded(tickets)
        XCTAssertEqual(run("priority HIGH", in: &state), [.perform(.setPriority(.high, [1]), id: 1)])
        XCTAssertEqual(run("set-status:closed", in: &state), [.perform(.setStatus(.closed, [1]), id: 2)])
        _ = run("help", in: &state)
        XCTAssertEqual(state.overlay, .help(Picker()))
    }

    func testAssignFindsAGroupOrAgentIgnoringCaseAndAccents() {
        var state = Fixture.opened(tickets, 1, groups: [Fixture.finance, Fixture.support], agents: [Fixture.jose, Fixture.mei])
        XCTAssertEqual(run("assign fin", in: &state), [.perform(.assign(.group(Fixture.finance), [1]), id: 1)])
        XCTAssertEqual(run("assign jose alv", in: &state), [.perform(.assign(.agent(Fixture.jose), [1]), id: 2)])
        XCTAssertEqual(state.tickets[1]?.assignedAgent, Fixture.jose)
    }

    func testAmbiguousOrUnknownAssigneeChangesNothing() {
        var state = Fixture.opened(tickets, 1, groups: [Fixture.finance, Fixture.support], agents: [Fixture.jose, Fixture.mei])
        let before = state
        XCTAssertEqual(run("assign n", in: &state), [])
        XCTAssertEqual(state.message, .error("\"n\" matches several: Finance, Mei Ling"))
        XCTAssertEqual(run("assign nobody", in: &state), [])
        XCTAssertEqual(state.message, .error("No group or agent matches \"nobody\""))
        state.message = before.message
        XCTAssertEqual(state, before)
    }

    func testUnknownOrMalformedCommandShowsAnErrorAndChangesNothing() {
        var state = Fixture.loaded(tickets)
        let before = state
        XCTAssertEqual(run("frobnicate now", in: &state), [])
        XCTAssertEqual(state.message, .error("Unknown command: frobnicate now"))
        XCTAssertEqual(run("status done", in: &state), [])
        XCTAssertEqual(state.message, .error("status: unknown \"done\"; expected one of: new, open, pending, holding, solved, closed"))
        XCTAssertEqual(run("   ", in: &state), [])
        XCTAssertEqual(state.message, .error("No command typed"))
        state.message = before.message
        XCTAssertEqual(state, before)
    }

    func testTabCompletesTheCommandThenItsArgument() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.startCommandLine), .edit(.insert("pri")), .command(.completeCommandLine))
        XCTAssertEqual(state.overlay, .commandLine(CommandLineInput(text: "priority", candidates: ["priority", "priority-menu"])))
        state.send(.edit(.deleteBackward), .edit(.deleteBackward), .edit(.deleteBackward), .edit(.deleteBackward),
                   .edit(.deleteBackward), .edit(.deleteBackward), .edit(.deleteBackward), .edit(.deleteBackward))
        state.send(.edit(.insert("status")), .command(.completeCommandLine))
        XCTAssertEqual(state.overlay, .commandLine(CommandLineInput(text: "status ")), "a whole word moves on to its argument")
        state.send(.command(.completeCommandLine))
        XCTAssertEqual(state.overlay, .commandLine(CommandLineInput(text: "status ", candidates: TicketStatus.allCases.map(\.rawValue))))
        state.send(.edit(.insert("so")))
        XCTAssertEqual(state.overlay, .commandLine(CommandLineInput(text: "status so")), "typing drops the candidates")
        state.send(.command(.completeCommandLine))
        XCTAssertEqual(state.overlay, .commandLine(CommandLineInput(text: "status solved")))
    }

    func testTabExtendsToWhatSeveralCandidatesShare() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.startCommandLine), .edit(.insert("set-p")), .command(.completeCommandLine))
        XCTAssertEqual(state.overlay, .commandLine(CommandLineInput(
            text: "set-priority:", candidates: TicketPriority.allCases.map { "set-priority:" + $0.rawValue }.sorted())))
    }

    func testTabOffersAssigneesByAnyPartOfTheirName() {
        var state = Fixture.opened(tickets, 1, groups: [Fixture.finance], agents: [Fixture.jose, Fixture.mei])
        state.send(.command(.startCommandLine), .edit(.insert("assign ALV")), .command(.completeCommandLine))
        XCTAssertEqual(state.overlay, .commandLine(CommandLineInput(text: "assign José Álvarez")))
    }

    func testEscClosesTheLineAndKeysDoNotReachTheList() {
        var state = Fixture.loaded(tickets)
        let before = state
        state.send(.command(.startCommandLine), .edit(.insert("q")), .command(.moveDown))
        XCTAssertEqual(state.overlay, .commandLine(CommandLineInput(text: "q")))
        XCTAssertEqual(state.selectedTicketID, 1)
        state.send(.command(.back))
        XCTAssertEqual(state, before)
    }

    func testOpenSelectsAListedTicketAndOpensIt() {
        var state = Fixture.loaded(tickets)
        XCTAssertEqual(run("open 3", in: &state), [.fetchTicket(3)])
        XCTAssertEqual(state.selectedTicketID, 3)
        XCTAssertEqual(state.openTicketID, 3)
        XCTAssertEqual(state.focus, .timeline)
    }

    func testOpenFetchesATicketTheListLacksAndShowsItWhenItArrives() {
        var state = Fixture.loaded(tickets)
        XCTAssertEqual(run("open #858462", in: &state), [.fetchTicket(858462)])
        state.send(.ticketLoaded(TicketDetail(ticket: Fixture.ticket(858462, "Far away"), timeline: [])))
        XCTAssertEqual(state.openTicket?.ticket.title, "Far away")
        XCTAssertTrue(state.visibleTicketIDs.contains(858462))
        XCTAssertEqual(state.commandTargets, [858462], "actions go to the ticket that was opened")
    }

    func testOpenWithoutATicketNumberIsAnError() {
        var state = Fixture.loaded(tickets)
        XCTAssertEqual(run("open latest", in: &state), [])
        XCTAssertEqual(state.message, .error("open needs a ticket number, not \"latest\""))
        XCTAssertNil(state.openTicketID)
    }
}

/// `:tag`, `:untag`, `:title`, `:delete`, `:unlink`, `:create`.
final class CommandLineTicketEditsTests: XCTestCase {
    private let tickets = [
        Fixture.ticket(1, "One", minutesAgo: 1, tags: ["vip", "billing"]),
        Fixture.ticket(2, "Two", minutesAgo: 2, tags: ["refund"]),
    ]

    private func parse(_ line: String, _ state: State) throws -> Command {
        try CommandLineParser.parse(line, in: state)
    }

    func testTagAndUntagParseToOneChange() throws {
        let state = Fixture.loaded(tickets)
        XCTAssertEqual(try parse("tag vip b2b -spam", state), .updateTags(adding: ["vip", "b2b"], removing: ["spam"]))
        XCTAssertEqual(try parse("untag vip", state), .updateTags(adding: [], removing: ["vip"]))
        XCTAssertEqual(try parse("tag -vip", state), .updateTags(adding: [], removing: ["vip"]))
        XCTAssertEqual(try parse("tag", state), .openTagPrompt, "a bare :tag shows the prompt")
        XCTAssertThrowsError(try parse("tag +", state))
    }

    func testTitleKeepsItsSpacingAndNamesRunTheRest() throws {
        let state = Fixture.loaded(tickets)
        XCTAssertEqual(try parse("title  Refund  for #12 ", state), .setTitle("Refund  for #12"))
        XCTAssertEqual(try parse("title", state), .editTitle)
        XCTAssertEqual(try parse("delete", state), .deleteTickets)
        XCTAssertEqual(try parse("unlink", state), .unlinkCustomer)
        XCTAssertEqual(try parse("create", state), .startCreate)
    }

    func testTagOnTheLineChangesTheMarkedTicketsAtOnce() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.toggleMark), .command(.toggleMark))
        state.send(.command(.startCommandLine), .edit(.insert("tag urgent-reply")))
        let effects = state.send(.command(.confirmSelection))
        XCTAssertEqual(effects, [.perform(.updateTags(adding: ["urgent-reply"], removing: [], [1, 2]), id: 1)])
        XCTAssertEqual(state.tickets[2]?.tags, ["refund", "urgent-reply"])
    }

    func testDeleteOnTheLineStillAsks() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.startCommandLine), .edit(.insert("delete")), .command(.confirmSelection))
        XCTAssertEqual(state.overlay, .confirmWrite(.delete([1])))
    }

    func testTabCompletesTagsKeepingTheWordsBeforeAndTheSign() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.startCommandLine), .edit(.insert("tag vip re")), .command(.completeCommandLine))
        XCTAssertEqual(state.overlay, .commandLine(CommandLineInput(text: "tag vip refund")))

        state.send(.command(.back), .command(.startCommandLine), .edit(.insert("untag b")), .command(.completeCommandLine))
        XCTAssertEqual(state.overlay, .commandLine(CommandLineInput(text: "untag billing")), "untag offers the ticket's own tags")

        state.send(.command(.back), .command(.startCommandLine), .edit(.insert("tag vip -bi")), .command(.completeCommandLine))
        XCTAssertEqual(state.overlay, .commandLine(CommandLineInput(text: "tag vip -billing")))

        state.send(.command(.back), .command(.startCommandLine), .edit(.insert("cre")), .command(.completeCommandLine))
        XCTAssertEqual(state.overlay, .commandLine(CommandLineInput(text: "create")))
    }
}
