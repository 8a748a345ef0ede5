import TickettyCore
import XCTest
@testable import TickettyStore

final class ReducerMenusTests: XCTestCase {
    private let tickets = Fixture.tickets(3)

    func testStatusMenuAppliesTheChosenStatusAndCloses() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.openStatusMenu))
        XCTAssertEqual(state.overlay, .statusMenu)
        state.send(.command(.moveDown))
        XCTAssertEqual(state.selectedTicketID, 1, "the list does not move behind the menu")
        XCTAssertEqual(state.send(.command(.setStatus(.pending))), [.perform(.setStatus(.pending, [1]), id: 1)])
        XCTAssertNil(state.overlay)
    }

    func testAssignChoicesAreGroupsThenAgentsFilteredWithoutAccents() {
        var state = Fixture.opened(tickets, 1, groups: [Fixture.finance, Fixture.support], agents: [Fixture.jose, Fixture.mei])
        state.send(.command(.openAssignPicker))
        XCTAssertEqual(state.assignChoices, [.group(Fixture.finance), .group(Fixture.support), .agent(Fixture.jose), .agent(Fixture.mei)])
        state.send(.edit(.insert("ALVA")))
        XCTAssertEqual(state.assignChoices, [.agent(Fixture.jose)])
        state.send(.edit(.deleteBackward), .edit(.deleteBackward), .edit(.deleteBackward), .edit(.deleteBackward))
        state.send(.edit(.insert("n")))
        XCTAssertEqual(state.assignChoices, [.group(Fixture.finance), .agent(Fixture.mei)])
    }

    func testEnterAssignsExactlyTheHighlightedChoice() {
        var state = Fixture.opened(tickets, 2, groups: [Fixture.finance], agents: [Fixture.jose, Fixture.mei])
        state.send(.command(.openAssignPicker), .command(.moveDown), .command(.moveDown), .command(.moveDown), .command(.moveDown))
        XCTAssertEqual(state.overlay, .assignPicker(Picker(filter: "", selectedIndex: 2)), "clamped at the last choice")
        state.send(.command(.moveUp))
        XCTAssertEqual(state.send(.command(.confirmSelection)), [.perform(.assign(.agent(Fixture.jose), [2]), id: 1)])
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.tickets[2]?.assignedAgent, Fixture.jose)
    }

    func testAssigningMarkedTicketsOffersTheAccountsChoicesNotTheOpenTicketsOwn() {
        var state = Fixture.opened(tickets, 1, groups: [Fixture.support], agents: [Fixture.jose])
        state.send(.agentsLoaded([Fixture.mei]), .command(.back), .command(.toggleMark), .command(.toggleMark))
        state.send(.command(.openAssignPicker))
        XCTAssertEqual(state.assignChoices, [.group(Fixture.support), .agent(Fixture.mei)])
        XCTAssertEqual(state.send(.command(.moveDown), .command(.confirmSelection)),
                       [.perform(.assign(.agent(Fixture.mei), [1, 2]), id: 1)])
    }

    func testWithoutAnOpenTicketThePickerOffersTheAccountsAgents() {
        var state = Fixture.loaded(tickets)
        state.send(.agentsLoaded([Fixture.mei]))
        state.send(.command(.openAssignPicker), .command(.confirmSelection))
        XCTAssertEqual(state.tickets[1]?.assignedAgent, Fixture.mei)
    }

    func testThePickerFetchesTheGroupsWhenNoTicketHasBroughtThemYet() {
        var state = Fixture.loaded(tickets)
        XCTAssertEqual(state.send(.command(.openAssignPicker)), [.fetchTicket(1)])
        XCTAssertEqual(state.assignChoices, [])
        var detail = TicketDetail(ticket: tickets[0], timeline: [])
        detail.assignableGroups = [Fixture.finance]
        state.send(.ticketLoaded(detail))
        XCTAssertEqual(state.assignChoices, [.group(Fixture.finance)], "the open picker fills itself")
        state.send(.command(.back))
        XCTAssertEqual(state.send(.command(.openAssignPicker)), [], "known groups are not fetched again")
    }

    func testHelpKeepsItsFilterAndSelection() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.showHelp), .command(.moveDown), .command(.moveDown), .edit(.insert("stat")))
        XCTAssertEqual(state.overlay, .help(Picker(filter: "stat", selectedIndex: 0)), "a new filter starts at the top")
        state.send(.command(.moveDown))
        XCTAssertEqual(state.overlay, .help(Picker(filter: "stat", selectedIndex: 1)))
        state.send(.command(.back))
        XCTAssertNil(state.overlay)
    }

    func testQuitLeavesAtOnceWithNothingPending() {
        var state = Fixture.loaded(tickets)
        XCTAssertEqual(state.send(.command(.quit)), [.quit])
    }

    func testQuitWithPendingWritesAsksFirst() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.setStatus(.closed)))
        XCTAssertEqual(state.send(.command(.quit)), [])
        XCTAssertEqual(state.overlay, .confirmQuit)
        XCTAssertEqual(state.send(.edit(.insert("n"))), [])
        XCTAssertNil(state.overlay)
        state.send(.command(.quit), .command(.back))
        XCTAssertNil(state.overlay, "Esc cancels too")
        state.send(.command(.quit))
        XCTAssertEqual(state.send(.edit(.insert("y"))), [.quit])
        state.overlay = .confirmQuit
        XCTAssertEqual(state.send(.command(.confirmSelection)), [.quit])
    }

    func testMenusNeedATicket() {
        var state = State(accountName: "DEMO", now: Fixture.now)
        state.send(.command(.openStatusMenu))
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.message?.text, "No ticket selected")
    }
}
