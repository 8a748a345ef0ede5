import Foundation
import Hummingbird

/// Every place where the demo desk chose how to read the Omnidesk contract
/// (/work/shared/api/README.md) lives here, so a later correction is one edit.
enum OmnideskContract {
    // MARK: Paging

    /// `itemLimit` when the request gives none (vendor default).
    static let defaultItemLimit = 15
    /// The largest `itemLimit` accepted (vendor: 1..9999).
    static let itemLimitRange = 1...9999

    // MARK: Permissions

    /// The permission each endpoint needs (omnidesk-ticket-openapi.md). A key without it gets
    /// 403 "Missing permission: NAME".
    enum Needs {
        static let listTickets = Permission.ticketRead
        static let showTicket = Permission.ticketRead
        static let createTicket = Permission.ticketCreate
        static let updateTicket = Permission.ticketUpdate
        static let setPriority = Permission.ticketUpdate
        static let deleteTicket = Permission.ticketDelete
        static let deleteTickets = Permission.ticketDelete
        static let setStatus = Permission.setStatus
        static let batch = Permission.ticketBatch
        static let createMessage = Permission.messageCreate
        static let listUsers = Permission.userRead
        /// Decision: the vendor names none for unlinkCustomerFromTicket; it changes the ticket.
        static let unlinkCustomer = Permission.ticketUpdate
        /// Decision: the vendor names none for views; they are part of reading tickets.
        static let listViews = Permission.ticketRead
        /// The desk's own `/_desksim/` controls; only the full key has it.
        static let desksimAdmin = Permission.desksimAdmin
    }

    // MARK: Timeline

    /// Decision: timeline entries come oldest first (created_at, then id). The vendor example
    /// is not in time order, so clients must not rely on the order either way.
    static let timelineOrder = ["createdAt", "id"]

    /// Decision (vendor example): a customer's message has user_id 0 and user_name
    /// "Anonymous"; the customer's name is in from_name, which may be "" (then use `from`).
    static let customerUserName = "Anonymous"

    // MARK: Words

    /// The statuses `setStatus` accepts.
    static let statuses = ["new", "open", "pending", "holding", "solved", "closed"]
    /// The statuses `PUT /ticket/{id}` accepts (vendor: `^(solved|closed)$`).
    static let updateStatuses = ["solved", "closed"]
    /// The priorities `setPriority` accepts.
    static let priorities = ["low", "medium", "high", "urgent"]
    /// The action types `POST /ticket/batch` accepts.
    /// Decision (README): assignGroup, assignUser, addTag, removeTag.
    static let batchActions = ["assignGroup", "assignUser", "addTag", "removeTag"]

    // MARK: Channels

    /// Decision: channel ids 1 = e-mail (vendor), 2 = telephone (vendor example's
    /// customer_channels), 3 = chat; 0 = internal note (README).
    static let noteChannel = 0
    static let emailChannel = 1
    static let channels: [Int: String] = [1: "e-mail", 2: "telephone", 3: "chat"]

    /// The channel's name and icon (the vendor sends the same word for both); nil for notes.
    static func channelName(_ id: Int) -> String? { channels[id] }

    // MARK: SLA

    /// Decision: "active" while the clock runs (new, open), "paused" while waiting on the
    /// customer (pending, holding), null without a breach time.
    static func slaStatus(ticketStatus: String, breach: Int?) -> String? {
        guard breach != nil else { return nil }
        switch ticketStatus {
        case "new", "open": return "active"
        case "pending", "holding": return "paused"
        default: return nil
        }
    }

    // MARK: Messages

    /// `meta_data` is JSON inside a string (vendor example): `"[]"` for notes and non-e-mail
    /// channels, `"{\"to\":[{\"address\":...,\"name\":\"\"}]}"` for e-mails.
    static func metaData(to address: String, channel: Int) -> String {
        guard channel == emailChannel, !address.isEmpty else { return "[]" }
        let recipient = JSONValue.object([("address", .string(address)), ("name", .string(""))])
        return String(decoding: JSONValue.object([("to", .array([recipient]))]).bytes, as: UTF8.self)
    }

    /// The shortest `message` `POST /message` accepts, in characters.
    static let minimumMessageLength = 5

    // MARK: Tags

    /// Decision: `tags` is a comma-separated string without spaces ("billing,vip"), and
    /// the empty string (not null, not []) when a ticket has none, as in the vendor example.
    static func encodeTags(_ tags: [String]) -> String { tags.joined(separator: ",") }

    /// Splits a stored tag string; tolerates spaces and empty pieces.
    static func decodeTags(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    // MARK: Time

    /// Decision: timestamps are "YYYY-MM-DD hh:mm:ss" in UTC (the demo account's time zone).
    /// Hand-rolled because DateFormatter costs too much for 9,999-ticket pages.
    static func timestamp(_ epochSeconds: Int) -> String {
        let days = epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400
        let secondOfDay = epochSeconds - days * 86_400
        let (year, month, day) = civilDate(daysSince1970: days)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2)) "
            + "\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
    }

    /// A timestamp, or JSON null when nil.
    static func timestamp(_ epochSeconds: Int?) -> JSONValue {
        epochSeconds.map { .string(timestamp($0)) } ?? .null
    }

    /// Howard Hinnant's days-to-civil algorithm.
    private static func civilDate(daysSince1970: Int) -> (Int, Int, Int) {
        let z = daysSince1970 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    // MARK: Identifiers

    /// Decision (vendor example): timeline notes' and messages' ids are strings, events' are numbers.
    static func timelineID(_ id: Int, type: String) -> JSONValue {
        type == "event" ? .int(id) : .string(String(id))
    }

    /// Parses a positive decimal id; anything else (signs, spaces, letters, overflow) is nil.
    static func parseID(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.count <= 18, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
            let value = Int(text), value > 0
        else { return nil }
        return value
    }

    // MARK: Envelopes

    /// `{"type":"item","item":{...}}`
    static func item(_ item: JSONValue) -> Response {
        json(.object([("type", .string("item")), ("item", item)]))
    }

    /// `{"type":"list","itemStart":0,"itemTotal":N,"itemLimit":15,"items":[...]}`.
    /// Decision (README): the ticket, user and view indexes all use this shape.
    static func list(_ items: [JSONValue], start: Int, total: Int, limit: Int) -> Response {
        json(.object([
            ("type", .string("list")), ("itemStart", .int(start)), ("itemTotal", .int(total)),
            ("itemLimit", .int(limit)), ("items", .array(items)),
        ]))
    }

    /// `{"type":"result","message":"Ticket status is updated."}`
    static func result(_ message: String) -> Response {
        json(.object([("type", .string("result")), ("message", .string(message))]))
    }

    /// `{"status":"error","message":"..."}` with a 4xx/5xx status.
    static func errorResponse(status: HTTPResponse.Status, message: String) -> Response {
        json(.object([("status", .string("error")), ("message", .string(message))]), status: status)
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: value.bytes)))
    }

    // MARK: Result messages (vendor wording where the docs give it)

    enum ResultMessage {
        static let ticketUpdated = "Ticket updated."
        static let statusUpdated = "Ticket status is updated."
        static let priorityUpdated = "Ticket priority is updated."
        static let ticketDeleted = "Ticket deleted."
        static let ticketsDeleted = "Tickets deleted."
        static let customerUnlinked = "Customer is unlinked from ticket."
        static let batchDone = "Batch actions are performed."
    }
}
