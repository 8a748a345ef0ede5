import Foundation

/// The seam between ticketty and a helpdesk service.
///
/// The store only ever talks to this protocol, in domain types, so it never learns which vendor
/// is on the other side. Every method either returns or throws a ``BackendError``; none of them
/// may crash on whatever the server sends.
public protocol HelpdeskBackend: Sendable {
    /// A short name for the status line, such as the account's host or "DEMO".
    var accountName: String { get }

    /// One page of tickets, most recently updated first.
    func listTickets(_ query: TicketQuery) async throws(BackendError) -> TicketPage

    /// One ticket with its timeline.
    func ticket(_ id: TicketID) async throws(BackendError) -> TicketDetail

    /// Sets the status of every ticket in `ids` with one request.
    func setStatus(_ status: TicketStatus, of ids: [TicketID]) async throws(BackendError)

    /// Sets the priority of every ticket in `ids` with one request.
    func setPriority(_ priority: TicketPriority, of ids: [TicketID]) async throws(BackendError)

    /// Assigns every ticket in `ids` to a group or an agent with one request.
    func assign(_ ids: [TicketID], to assignee: Assignee) async throws(BackendError)

    /// Adds and removes tags on every ticket in `ids` with one request.
    func updateTags(of ids: [TicketID], adding: [String], removing: [String]) async throws(BackendError)

    /// Changes a ticket's title.
    func setTitle(_ title: String, of id: TicketID) async throws(BackendError)

    /// Posts a reply to the customer or an internal note on a ticket.
    func post(_ message: OutgoingMessage, on ticket: Ticket) async throws(BackendError)

    /// Whether the ticket's timeline already holds this reply or note, posted at or after
    /// `since`. Asked before sending again a message whose first attempt may have reached the
    /// server (a crash or a lost answer), so a customer never gets the same answer twice.
    func containsMessage(_ message: OutgoingMessage, on id: TicketID, postedSince since: Date) async throws(BackendError) -> Bool

    /// Opens a new ticket and returns it.
    func createTicket(_ ticket: NewTicket) async throws(BackendError) -> Ticket

    /// Deletes every ticket in `ids` with one request.
    func deleteTickets(_ ids: [TicketID]) async throws(BackendError)

    /// Detaches the customer from a ticket.
    func unlinkCustomer(from id: TicketID) async throws(BackendError)

    /// The agents of the account.
    func agents() async throws(BackendError) -> [Agent]

    /// The account's saved ticket views, whose ids go to ``TicketQuery/viewID``.
    func views() async throws(BackendError) -> [SavedView]
}

extension HelpdeskBackend {
    /// A backend without saved views offers none.
    public func views() async throws(BackendError) -> [SavedView] { [] }
}
