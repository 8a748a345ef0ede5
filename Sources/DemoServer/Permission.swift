/// The permissions an Omnidesk API key carries (omnidesk-ticket-openapi.md).
enum Permission: String, Sendable, CaseIterable {
    case ticketRead = "TICKET_READ"
    case ticketCreate = "TICKET_CREATE"
    case ticketUpdate = "TICKET_UPDATE"
    case ticketDelete = "TICKET_DELETE"
    case setStatus = "SET_STATUS"
    case ticketBatch = "TICKET_BATCH"
    case messageCreate = "MESSAGE_CREATE"
    case userRead = "USER_READ"
    /// The demo desk's own control endpoints under `/_desksim/`; only the full key has it.
    case desksimAdmin = "DESKSIM_ADMIN"
}
