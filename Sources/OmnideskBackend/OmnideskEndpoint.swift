import NIOHTTP1
import TickettyCore

/// One Omnidesk v2 call: method, path, parameters, body encoding and the permission it needs.
///
/// Every reading of the contract (/work/shared/api/README.md and the vendor's documents)
/// lives in this file: paths, field names, encodings, permissions and the Decision lines.
/// A later correction of the contract is one edit here.
struct OmnideskEndpoint: Sendable {
    /// How the parameters travel.
    enum Body: Sendable {
        case none
        /// POST writes (vendor: `multipart/form-data`).
        case multipart([FormField])
        /// PUT, and DELETE with a body (vendor: `application/x-www-form-urlencoded`).
        case urlEncoded([FormField])
    }

    let method: HTTPMethod
    /// Relative to the API root, without a leading slash: `ticket/42`.
    let path: String
    let query: [FormField]
    let body: Body
    /// What the key needs for this call (omnidesk-ticket-openapi.md), for 401/403 errors.
    let permission: String
    /// The tickets the call is about, for naming the one a 404 refers to.
    let ticketIDs: [TicketID]

    init(
        _ method: HTTPMethod, _ path: String, query: [FormField] = [], body: Body = .none,
        permission: String, ticketIDs: [TicketID] = []
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.body = body
        self.permission = permission
        self.ticketIDs = ticketIDs
    }
}

// MARK: - Constants of the contract

extension OmnideskEndpoint {
    /// Appended to the account URL unless the user already wrote it.
    static let apiPath = "/api/v2"
    /// The request header that carries the key (never a query parameter).
    static let apiKeyHeader = "apiKey"
    /// `itemLimit` bounds of the indexes (vendor: 1..9999).
    static let itemLimitRange = 1...9999
    /// The page size used when walking `GET /user`.
    static let userPageSize = 500
    /// The page size used when walking `GET /view`.
    static let viewPageSize = 500
    /// The vendor's minimum `message` length.
    static let minimumMessageLength = 5
    /// Decision: internal notes are `POST /message` with `type=0` and no `toAddress`.
    static let noteMessageType = 0
    /// Decision: tags travel one per batch action; a comma would split one tag into two.
    static let tagSeparator: Character = ","

    /// The permissions named in the vendor's documents, for spotting one in a 403 message.
    static let knownPermissions = [
        "TICKET_READ", "TICKET_CREATE", "TICKET_UPDATE", "TICKET_DELETE", "SET_STATUS",
        "TICKET_BATCH", "MESSAGE_CREATE", "USER_READ",
    ]
}

// MARK: - The calls

extension OmnideskEndpoint {
    /// `GET /ticket?itemStart&itemLimit&query&status&applyView`; empty filters are left out.
    static func listTickets(_ query: TicketQuery) -> OmnideskEndpoint {
        let limit = min(max(query.limit, itemLimitRange.lowerBound), itemLimitRange.upperBound)
        var fields = [FormField("itemStart", String(max(query.start, 0))), FormField("itemLimit", String(limit))]
        if let text = query.text, !text.isEmpty { fields.append(FormField("query", text)) }
        if let status = query.status { fields.append(FormField("status", status.rawValue)) }
        if let view = query.viewID { fields.append(FormField("applyView", String(view))) }
        return OmnideskEndpoint(.GET, "ticket", query: fields, permission: "TICKET_READ")
    }

    /// `GET /ticket/{id}`: the ticket, its timeline and its assignment options.
    static func ticket(_ id: TicketID) -> OmnideskEndpoint {
        OmnideskEndpoint(.GET, "ticket/\(id)", permission: "TICKET_READ", ticketIDs: [id])
    }

    /// `POST /ticket/setStatus` with `ticketIDs[]`: one request for the whole set.
    static func setStatus(_ status: TicketStatus, of ids: [TicketID]) -> OmnideskEndpoint {
        OmnideskEndpoint(
            .POST, "ticket/setStatus", body: .multipart(ticketIDFields(ids) + [FormField("status", status.rawValue)]),
            permission: "SET_STATUS", ticketIDs: ids)
    }

    /// `POST /ticket/setPriority` with `ticketIDs[]`.
    static func setPriority(_ priority: TicketPriority, of ids: [TicketID]) -> OmnideskEndpoint {
        OmnideskEndpoint(
            .POST, "ticket/setPriority",
            body: .multipart(ticketIDFields(ids) + [FormField("priority", priority.rawValue)]),
            permission: "TICKET_UPDATE", ticketIDs: ids)
    }

    /// One action of `POST /ticket/batch`.
    enum BatchAction: Sendable {
        case assignGroup(Int)
        case assignUser(Int)
        case addTag(String)
        case removeTag(String)

        var fields: (type: String, value: String) {
            switch self {
            case .assignGroup(let id): ("assignGroup", String(id))
            case .assignUser(let id): ("assignUser", String(id))
            case .addTag(let tag): ("addTag", tag)
            case .removeTag(let tag): ("removeTag", tag)
            }
        }
    }

    /// Decision: `POST /ticket/batch` with `TicketIDs` = "1, 2, 3" and
    /// `actions[K][actionType]`, `actions[K][value]` for K = 0, 1, ...
    static func batch(_ ids: [TicketID], _ actions: [BatchAction]) -> OmnideskEndpoint {
        var fields = [FormField("TicketIDs", ids.map(\.description).joined(separator: ", "))]
        for (index, action) in actions.enumerated() {
            let (type, value) = action.fields
            fields.append(FormField("actions[\(index)][actionType]", type))
            fields.append(FormField("actions[\(index)][value]", value))
        }
        return OmnideskEndpoint(
            .POST, "ticket/batch", body: .multipart(fields), permission: "TICKET_BATCH",
            ticketIDs: ids)
    }

    /// `PUT /ticket/{id}` with `title`.
    static func setTitle(_ title: String, of id: TicketID) -> OmnideskEndpoint {
        OmnideskEndpoint(
            .PUT, "ticket/\(id)", body: .urlEncoded([FormField("title", title)]), permission: "TICKET_UPDATE",
            ticketIDs: [id])
    }

    /// Decision: `POST /message` with `type` = the ticket's channel and `toAddress` = the
    /// customer for replies; `type=0` and no `toAddress` for notes.
    static func postMessage(ticket: TicketID, channelID: Int, html: String, plaintext: String, toAddress: String?)
        -> OmnideskEndpoint
    {
        var fields = [
            FormField("ticketID", ticket.description), FormField("type", String(channelID)),
            FormField("message", html), FormField("plaintext", plaintext),
        ]
        if let toAddress { fields.append(FormField("toAddress", toAddress)) }
        return OmnideskEndpoint(
            .POST, "message", body: .multipart(fields), permission: "MESSAGE_CREATE", ticketIDs: [ticket])
    }

    /// `POST /ticket`. The domain's `from`/`to` are already the real sender and recipient, so
    /// outbound tickets (where the vendor says they are swapped) need no change here.
    static func createTicket(_ ticket: NewTicket) -> OmnideskEndpoint {
        var fields = [
            FormField("brandID", String(ticket.brandID)), FormField("channelID", String(ticket.channelID)),
            FormField("direction", ticket.direction.rawValue), FormField("from", ticket.from),
            FormField("fromName", ticket.fromName), FormField("to", ticket.to), FormField("title", ticket.title),
        ]
        if let group = ticket.groupID { fields.append(FormField("assignedGroupID", String(group))) }
        return OmnideskEndpoint(.POST, "ticket", body: .multipart(fields), permission: "TICKET_CREATE")
    }

    /// `DELETE /ticket/{id}` for one ticket, `DELETE /ticket/multi` with `ticketIDs[]` for several.
    static func delete(_ ids: [TicketID]) -> OmnideskEndpoint {
        if ids.count == 1, let id = ids.first {
            return OmnideskEndpoint(.DELETE, "ticket/\(id)", permission: "TICKET_DELETE", ticketIDs: [id])
        }
        return OmnideskEndpoint(
            .DELETE, "ticket/multi", body: .urlEncoded(ticketIDFields(ids)), permission: "TICKET_DELETE",
            ticketIDs: ids)
    }

    /// `POST /ticket/unlinkCustomerFromTicket` with `ticketID`. The vendor lists no permission
    /// for it; it changes the ticket, so TICKET_UPDATE is what a 403 names.
    static func unlinkCustomer(from id: TicketID) -> OmnideskEndpoint {
        OmnideskEndpoint(
            .POST, "ticket/unlinkCustomerFromTicket", body: .multipart([FormField("ticketID", id.description)]),
            permission: "TICKET_UPDATE", ticketIDs: [id])
    }

    /// `GET /user?itemStart&itemLimit`: one page of agents.
    static func users(start: Int, limit: Int) -> OmnideskEndpoint {
        OmnideskEndpoint(
            .GET, "user", query: [FormField("itemStart", String(start)), FormField("itemLimit", String(limit))],
            permission: "USER_READ")
    }

    /// `GET /view?itemStart&itemLimit`: one page of saved views. Decision (DemoServer's
    /// ViewsController): each is `{"id":1,"name":"New & open"}`, in the list envelope, readable
    /// with TICKET_READ; its id goes to `applyView` of the ticket index.
    static func views(start: Int, limit: Int) -> OmnideskEndpoint {
        OmnideskEndpoint(
            .GET, "view", query: [FormField("itemStart", String(start)), FormField("itemLimit", String(limit))],
            permission: "TICKET_READ")
    }

    private static func ticketIDFields(_ ids: [TicketID]) -> [FormField] {
        ids.map { FormField("ticketIDs[]", $0.description) }
    }
}
