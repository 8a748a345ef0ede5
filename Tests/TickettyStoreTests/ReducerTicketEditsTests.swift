import TickettyCore
import XCTest
@testable import TickettyStore

/// Tags, titles, deleting, unlinking and creating, from the keys through the pending write to
/// the server's answer.
final class ReducerTicketEditsTests: XCTestCase {
    private let tickets = [
        Fixture.ticket(1, "Ticket 1", minutesAgo: 1, tags: ["vip", "billing"]),
        Fixture.ticket(2, "Ticket 2", minutesAgo: 2, tags: ["vip"]),
        Fixture.ticket(3, "Ticket 3", minutesAgo: 3, tags: ["spam", "VIP"]),
        Fixture.ticket(4, "Ticket 4", minutesAgo: 4),
    ]

    // MARK: Tags

    func testTheTagsPromptStartsWithTheSharedTagsAndSendsOneBatchForTheMarks() throws {
        var state = Fixture.loaded(tickets)
        state.send(.command(.toggleMark), .command(.toggleMark), .command(.toggleMark))  // 1, 2, 3
        state.send(.command(.openTagPrompt))
        XCTAssertEqual(state.overlay, .textPrompt(TextPrompt(purpose: .tags(shared: ["vip"]), field: LineField("vip "))))

        // Delete "vip " and add two tags: vip goes from all three, the others are added.
        state.send(.edit(.deleteBackward), .edit(.deleteBackward), .edit(.deleteBackward), .edit(.deleteBackward))
        state.send(.edit(.insert("refund, b2b")))
        let store = TestStore(state: state)
        let write = Write.updateTags(adding: ["refund", "b2b"], removing: ["vip"], [1, 2, 3])
        try store.send(.command(.confirmSelection), {
            $0.overlay = nil
            $0.marked = []
            $0.tickets[1]?.tags = ["billing", "refund", "b2b"]
            $0.tickets[2]?.tags = ["refund", "b2b"]
            $0.tickets[3]?.tags = ["spam", "refund", "b2b"]
            $0.pendingWrites = [PendingWrite(id: 1, write: write, previous: Array(self.tickets[0...2]))]
            $0.nextWriteID = 2
            $0.undoHistory = [UndoRecord(writeID: 1, write: write, previous: Array(self.tickets[0...2]), madeAt: Fixture.now)]
        }, effects: [.perform(write, id: 1)])

        try store.send(.writeSucceeded(id: 1)) {
            $0.pendingWrites = []
            $0.landedWrites = [PendingWrite(id: 1, write: write, previous: Array(self.tickets[0...2]))]
            $0.message = StatusMessage("Tags +refund +b2b -vip on 3 tickets")
        }
    }

    func testRefusedTagsRollBackAndSayWhichPermissionIsMissing() throws {
        var state = Fixture.loaded(tickets)
        state.send(.command(.openTagPrompt), .edit(.insert("+urgent-reply")), .command(.confirmSelection))
        XCTAssertEqual(state.tickets[1]?.tags, ["vip", "billing", "urgent-reply"])
        state.send(.writeFailed(id: 1, .forbidden(permission: "TICKET_BATCH")))
        XCTAssertEqual(state.tickets[1], tickets[0])
        XCTAssertEqual(state.message, .error("Not allowed: the API key lacks TICKET_BATCH"))
    }

    func testAnUnchangedTagsPromptSendsNothing() {
        var state = Fixture.loaded(tickets)
        let effects = state.send(.command(.openTagPrompt), .command(.confirmSelection))
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.message, StatusMessage("Tags unchanged"))
        XCTAssertEqual(state.pendingWrites, [])
    }

    func testEscDropsThePrompt() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.openTagPrompt), .edit(.insert("zzz")), .command(.back))
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.tickets[1], tickets[0])
    }

    // MARK: Title

    func testTheTitlePromptIsPrefilledEditableAndRolledBackOnFailure() throws {
        var state = Fixture.opened(tickets, 2)
        state.send(.command(.editTitle))
        XCTAssertEqual(state.overlay, .textPrompt(TextPrompt(purpose: .title, field: LineField("Ticket 2"))))
        state.send(.edit(.moveToLineStart), .edit(.insert("Re: ")), .edit(.moveToLineEnd), .edit(.insert("!")))
        let effects = state.send(.command(.confirmSelection))
        XCTAssertEqual(effects, [.perform(.setTitle("Re: Ticket 2!", 2), id: 1)])
        XCTAssertEqual(state.tickets[2]?.title, "Re: Ticket 2!")
        XCTAssertEqual(state.openTicket?.ticket.title, "Re: Ticket 2!", "the timeline header shows it too")

        state.send(.writeFailed(id: 1, .server(status: 500, message: "boom")))
        XCTAssertEqual(state.tickets[2]?.title, "Ticket 2")
        XCTAssertEqual(state.openTicket?.ticket.title, "Ticket 2")
        XCTAssertEqual(state.message?.severity, .error)
    }

    func testATitleIsForOneTicketAndNeverEmpty() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.toggleMark), .command(.toggleMark), .command(.editTitle))
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.message?.severity, .error)

        state.marked = []
        let effects = state.send(.command(.setTitle("   ")))
        XCTAssertEqual(effects, [])
        XCTAssertEqual(state.message, .error("A title cannot be empty"))
    }

    // MARK: Delete

    func testDeleteAsksHidesTheMarkedTicketsAndForgetsThemOnceDone() throws {
        var state = Fixture.loaded(tickets)
        state.send(.command(.moveDown), .command(.toggleMark), .command(.toggleMark))  // 2, 3
        let store = TestStore(state: state)
        try store.send(.command(.deleteTickets)) { $0.overlay = .confirmWrite(.delete([2, 3])) }
        XCTAssertEqual(store.state.visibleIDs, [1, 2, 3, 4], "nothing happens before the answer")

        try store.send(.edit(.insert("y")), {
            $0.overlay = nil
            $0.marked = []
            $0.pendingWrites = [PendingWrite(id: 1, write: .delete([2, 3]), previous: [self.tickets[1], self.tickets[2]])]
            $0.nextWriteID = 2
            $0.visibleTicketIDs = [1, 4]
            $0.undoHistory = [UndoRecord(writeID: 1, write: .delete([2, 3]), previous: [self.tickets[1], self.tickets[2]],
                                         madeAt: Fixture.now)]
        }, effects: [.perform(.delete([2, 3]), id: 1)])

        try store.send(.writeSucceeded(id: 1), {
            $0.pendingWrites = []
            $0.landedWrites = [PendingWrite(id: 1, write: .delete([2, 3]), previous: [self.tickets[1], self.tickets[2]])]
            $0.tickets[2] = nil
            $0.tickets[3] = nil
            $0.totalOnServer = 2
            $0.message = StatusMessage("Deleted 2 tickets")
        }, effects: [.forgetTickets([2, 3])])
    }

    func testARefusedDeleteBringsTheTicketsBack() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.toggleMark), .command(.toggleMark), .command(.deleteTickets), .command(.confirmSelection))
        XCTAssertEqual(state.visibleIDs, [3, 4])
        state.send(.writeFailed(id: 1, .forbidden(permission: "TICKET_DELETE")))
        XCTAssertEqual(state.visibleIDs, [1, 2, 3, 4])
        XCTAssertEqual(state.tickets.count, 4)
        XCTAssertEqual(state.message, .error("Not allowed: the API key lacks TICKET_DELETE"))
    }

    func testNoKeepsTheTicketsAndAListRefreshCannotBringAPendingDeleteBack() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.deleteTickets), .edit(.insert("n")))
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.pendingWrites, [])

        state.send(.command(.deleteTickets), .edit(.insert("y")))
        state.send(.ticketsLoaded(TicketPage(tickets: tickets, start: 0, total: 4), Fixture.firstPage))
        XCTAssertEqual(state.visibleIDs, [2, 3, 4])
    }

    func testAListPageThatCrossedTheDeleteDoesNotBringTheTicketsBack() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.deleteTickets), .edit(.insert("y")), .writeSucceeded(id: 1))
        XCTAssertEqual(state.visibleIDs, [2, 3, 4])
        // Read before the delete, answered after it.
        state.send(.ticketsLoaded(TicketPage(tickets: tickets, start: 0, total: 4), Fixture.firstPage))
        XCTAssertEqual(state.visibleIDs, [2, 3, 4])
        XCTAssertNil(state.tickets[1])
    }

    func testDeletingTheOpenTicketClosesItsTimeline() {
        var state = Fixture.opened(tickets, 3)
        state.send(.command(.deleteTickets), .edit(.insert("y")), .writeSucceeded(id: 1))
        XCTAssertNil(state.openTicketID)
        XCTAssertNil(state.openTicket)
        XCTAssertEqual(state.focus, .list)
        XCTAssertEqual(state.visibleIDs, [1, 2, 4])
    }

    // MARK: Unlink

    func testUnlinkAsksThenRefetchesTheTicketForTheServersFallbackName() throws {
        var state = Fixture.opened(tickets, 1)
        state.send(.command(.unlinkCustomer))
        XCTAssertEqual(state.overlay, .confirmWrite(.unlinkCustomer(1)))
        XCTAssertEqual(state.send(.edit(.insert("y"))), [.perform(.unlinkCustomer(1), id: 1)])
        XCTAssertEqual(state.send(.writeSucceeded(id: 1)), [.fetchTicket(1)])
        XCTAssertEqual(state.message, StatusMessage("Customer unlinked from ticket 1"))
    }

    func testARefusedUnlinkSaysSo() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.unlinkCustomer), .edit(.insert("y")), .writeFailed(id: 1, .notFound(1)))
        XCTAssertEqual(state.message?.severity, .error)
        XCTAssertEqual(state.tickets[1], tickets[0])
    }

    // MARK: Create

    func testTheFormStartsWithDefaultsAndRefusesToSendWithoutATitle() {
        var state = Fixture.opened(tickets, 1, groups: [Fixture.finance, Fixture.support])
        state.openTicket?.timeline = [
            TimelineEntry(id: "m1", kind: .customerMessage, author: "Anna", fromAddress: "anna@example.com",
                          toAddress: "support@nordlicht.example", createdAt: Fixture.now, body: .text("Hello")),
        ]
        state.send(.command(.startCreate))
        guard case .createForm(let form) = state.overlay else { return XCTFail("no form: \(String(describing: state.overlay))") }
        XCTAssertEqual(form.supportAddress.text, "support@nordlicht.example")
        XCTAssertEqual(form.group, Fixture.finance, "the account's first group when the ticket has none")
        XCTAssertEqual(form.direction, .inbound)
        XCTAssertEqual(form.brand.text, "1")
        XCTAssertEqual(form.focused, .title)

        XCTAssertEqual(state.send(.command(.confirmSelection)), [])
        guard case .createForm(let refused) = state.overlay else { return XCTFail("the form closed") }
        XCTAssertEqual(refused.problem, "A title is needed")
        XCTAssertEqual(state.pendingWrites, [])
    }

    func testBeforeAnyTicketWasOpenedTheGroupsComeFromTheList() {
        var listed = tickets
        listed[0].assignedGroup = Fixture.support
        listed[1].assignedGroup = Fixture.finance
        var state = Fixture.loaded(listed)
        state.selectedTicketID = 3
        state.send(.command(.startCreate))
        guard case .createForm(let form) = state.overlay else { return XCTFail("no form") }
        XCTAssertEqual(form.groups, [nil, Fixture.finance, Fixture.support])
        XCTAssertEqual(form.group, Fixture.finance, "the first group, as the selected ticket has none")
        XCTAssertEqual(form.supportAddress.text, "", "no mail read yet to take our address from")
    }

    func testCreatingSelectsTheNewTicketAndPostsTheFirstMessageOnIt() throws {
        var state = Fixture.opened(tickets, 1, groups: [Fixture.finance, Fixture.support])
        state.send(.command(.startCreate))
        state.send(.edit(.insert("Broken tent pole")), .command(.moveDown))
        state.send(.edit(.insert("The pole snapped.")), .command(.moveDown))
        state.send(.edit(.insert("nia@example.com")), .command(.moveDown))
        state.send(.edit(.insert("Nia Newman")), .command(.moveDown))
        state.send(.edit(.moveRight), .command(.moveDown))  // outbound
        state.send(.edit(.moveRight), .command(.moveDown))  // Support
        state.send(.edit(.insert("support@nordlicht.example")))

        let new = NewTicket(
            title: "Broken tent pole", from: "support@nordlicht.example", fromName: "Nia Newman",
            to: "nia@example.com", brandID: 1, direction: .outbound, groupID: Fixture.support.id)
        let write = Write.create(new, firstMessage: OutgoingMessage(kind: .reply, text: "The pole snapped."))
        XCTAssertEqual(state.send(.command(.confirmSelection)), [.perform(write, id: 1)])
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.message, StatusMessage("Creating ticket…"))
        XCTAssertEqual(state.visibleIDs, [1, 2, 3, 4], "not in the list before the server made it")

        let created = Fixture.ticket(900, "Broken tent pole", minutesAgo: -1, status: .new, customer: "Nia Newman")
        let effects = state.send(.ticketCreated(created, writeID: 1))
        // An outbound ticket opens with a reply, held for undo-send like any other.
        let reply = Write.post(OutgoingMessage(kind: .reply, text: "The pole snapped."), created)
        XCTAssertEqual(effects, [.perform(reply, id: 2, holdUntil: state.now.addingTimeInterval(state.undoSendDelay)),
                                 .scheduleClockTick(afterSeconds: 1)])
        XCTAssertEqual(state.selectedTicketID, 900)
        XCTAssertEqual(state.focus, .list)
        XCTAssertEqual(state.visibleIDs.first, 900)

        state.send(.writeSucceeded(id: 1))
        XCTAssertEqual(state.message, StatusMessage("Ticket created: Broken tent pole"))
        XCTAssertEqual(state.send(.command(.undo)), [.cancelWrites([2])], "u takes back the held first reply, not the ticket")
    }

    func testARefusedCreateSaysSoAndAddsNothing() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.startCreate))
        state.send(.edit(.insert("Title")), .command(.moveDown), .edit(.insert("Hello there")), .command(.moveDown))
        state.send(.edit(.insert("x@example.com")), .command(.moveUp), .command(.moveUp), .command(.moveUp))
        // Shift-Tab from the title wraps to the brand; our address is the one before it.
        state.send(.command(.moveUp), .edit(.insert("support@example.com")))
        XCTAssertEqual(state.send(.command(.confirmSelection)).count, 1)
        state.send(.writeFailed(id: 1, .forbidden(permission: "TICKET_CREATE")))
        XCTAssertEqual(state.message, .error("Ticket not created: Not allowed: the API key lacks TICKET_CREATE"))
        XCTAssertEqual(state.tickets.count, 4)
    }

    func testEscDropsTheFormAndEverythingTyped() {
        var state = Fixture.loaded(tickets)
        state.send(.command(.startCreate), .edit(.insert("Half a title")), .command(.back))
        XCTAssertNil(state.overlay)
        state.send(.command(.startCreate))
        guard case .createForm(let form) = state.overlay else { return XCTFail("no form") }
        XCTAssertEqual(form.title.text, "")
    }
}
