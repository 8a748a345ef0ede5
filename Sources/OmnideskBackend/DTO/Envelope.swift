import Foundation
import TickettyCore

/// The JSON envelopes Omnidesk wraps every answer in, and their checks.
///
/// - one object: `{"type":"item","item":{...}}`
/// - a list: `{"type":"list","itemStart":0,"itemTotal":N,"itemLimit":15,"items":[...]}`
/// - a write: `{"type":"result","message":"..."}`
/// - an error: `{"status":"error","message":"..."}`
///
/// A wrong envelope is ``BackendError/invalidResponse(_:)``; a wrong element inside a list
/// only costs that element.
enum Envelope {
    struct Head: Decodable {
        let type: String?
        let status: String?
        let message: String?

        private enum CodingKeys: String, CodingKey { case type, status, message }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            type = container.string(.type)
            status = container.string(.status)
            message = container.string(.message)
        }
    }

    struct Item<Value: Decodable & Sendable>: Decodable {
        let item: Lossy<Value>?
    }

    struct List<Value: Decodable & Sendable>: Decodable {
        let itemStart: Int?
        let itemTotal: Int?
        let items: [Lossy<Value>]?

        private enum CodingKeys: String, CodingKey { case itemStart, itemTotal, items }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            itemStart = container.int(.itemStart)
            itemTotal = container.int(.itemTotal)
            items = (try? container.decodeIfPresent([Lossy<Value>].self, forKey: .items)) ?? nil
        }
    }

    /// The `item` of an item envelope; nil when the item is there but unreadable.
    static func item<Value: Decodable & Sendable>(_ body: Data, as type: Value.Type) throws(BackendError) -> Value? {
        try expect("item", in: body)
        guard let envelope = try? JSONDecoder().decode(Item<Value>.self, from: body), let item = envelope.item else {
            throw .invalidResponse("an item answer without an item")
        }
        return item.value
    }

    /// One page of a list envelope: its readable `items`, how many items it had in all
    /// (readable or not, for paging on), and the paging numbers.
    struct Page<Value> {
        let items: [Value]
        let count: Int
        let start: Int?
        let total: Int?
    }

    /// The page of a list envelope.
    static func list<Value: Decodable & Sendable>(_ body: Data, of type: Value.Type) throws(BackendError)
        -> Page<Value>
    {
        try expect("list", in: body)
        guard let envelope = try? JSONDecoder().decode(List<Value>.self, from: body), let items = envelope.items
        else {
            throw .invalidResponse("a list answer without items")
        }
        return Page(
            items: items.compactMap(\.value), count: items.count, start: envelope.itemStart, total: envelope.itemTotal)
    }

    /// Accepts any JSON object a 2xx write answered with, unless it says it is an error, and
    /// an empty body (a 204 says all there is to say).
    static func write(_ body: Data) throws(BackendError) {
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return }
        let head = try self.head(body)
        if head.status?.lowercased() == "error" {
            throw .invalidRequest(ServerText.clip(head.message ?? "the server reported an error"))
        }
    }

    private static func expect(_ type: String, in body: Data) throws(BackendError) {
        let head = try self.head(body)
        if head.status?.lowercased() == "error" {
            throw .invalidRequest(ServerText.clip(head.message ?? "the server reported an error"))
        }
        guard head.type == type else {
            let got = head.type.map { "\"\(ServerText.clip($0, limit: 20))\"" } ?? "no type"
            throw .invalidResponse("expected a \(type) envelope, got \(got)")
        }
    }

    private static func head(_ body: Data) throws(BackendError) -> Head {
        do {
            return try JSONDecoder().decode(Head.self, from: body)
        } catch {
            throw .invalidResponse("expected a JSON object, got \(ServerText.hint(body))")
        }
    }
}
