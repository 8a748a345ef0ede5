import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Reads the desk's state over its HTTP API, to check that what the screen claims reached the
/// server; changes a ticket behind the client's back; and switches desksim's fault modes.
struct DeskAPI {
    let port: Int
    let apiKey: String

    /// `GET /api/v2/ticket/{id}`: the ticket with its timeline.
    func ticket(_ id: Int) async throws -> [String: Any] {
        let object = try await get("api/v2/ticket/\(id)")
        guard let item = object["item"] as? [String: Any] else { throw HarnessError("no item in \(object)") }
        return item
    }

    /// The first `limit` tickets of the list, as the client's first page shows them.
    func tickets(limit: Int) async throws -> [[String: Any]] {
        let object = try await get("api/v2/ticket?itemStart=0&itemLimit=\(limit)")
        guard let items = object["items"] as? [[String: Any]] else { throw HarnessError("no items in \(object)") }
        return items
    }

    /// Whether ticket `id` is still on the desk: `GET /api/v2/ticket/{id}` answers 404 once it
    /// is deleted.
    func ticketExists(_ id: Int) async throws -> Bool {
        var request = URLRequest(url: url("api/v2/ticket/\(id)"))
        request.setValue(apiKey, forHTTPHeaderField: "apiKey")
        let (_, response) = try await URLSession.shared.data(for: request)
        switch (response as? HTTPURLResponse)?.statusCode {
        case 200: return true
        case 404: return false
        default: throw HarnessError("GET ticket \(id) answered \(response)")
        }
    }

    /// `PUT /api/v2/ticket/{id}`: changes a ticket as another agent would, e.g. its title.
    func updateTicket(_ id: Int, title: String? = nil, status: String? = nil) async throws {
        var fields: [String] = []
        if let title { fields.append("title=" + Self.formEncoded(title)) }
        if let status { fields.append("status=" + Self.formEncoded(status)) }
        var request = URLRequest(url: url("api/v2/ticket/\(id)"))
        request.httpMethod = "PUT"
        request.setValue(apiKey, forHTTPHeaderField: "apiKey")
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(fields.joined(separator: "&").utf8)
        let (data, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw HarnessError("PUT ticket \(id) failed: \(String(decoding: data, as: UTF8.self))")
        }
    }

    /// Sets desksim's fault mode: "normal", "error500", "html" or "hang" (for an hour).
    func setFaultMode(_ mode: String) async throws {
        try await setFaults(mode: mode)
    }

    /// Sets all of desksim's faults at once (see `Faults` in DemoServer); the defaults clear them.
    func setFaults(
        failureRate: Double = 0, rateLimitRate: Double = 0, retryAfter: Int = 1, mode: String = "normal",
        hangSeconds: Double = 3600
    ) async throws {
        let body: [String: Any] = [
            "failureRate": failureRate, "rateLimitRate": rateLimitRate, "retryAfter": retryAfter, "mode": mode,
            "hangSeconds": hangSeconds,
        ]
        var request = URLRequest(url: url("_desksim/faults"))
        request.httpMethod = "POST"
        request.setValue(apiKey, forHTTPHeaderField: "apiKey")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (data, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw HarnessError("setting faults \(body) failed: \(String(decoding: data, as: UTF8.self))")
        }
    }

    /// Lets every request through again.
    func clearFaults() async throws {
        try await setFaults()
    }

    private func get(_ path: String) async throws -> [String: Any] {
        var request = URLRequest(url: url(path))
        request.setValue(apiKey, forHTTPHeaderField: "apiKey")
        let (data, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200,
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        else {
            throw HarnessError("GET \(path) failed: \(String(decoding: data, as: UTF8.self))")
        }
        return object
    }

    private func url(_ path: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)/\(path)")!
    }

    /// `application/x-www-form-urlencoded` for one value.
    private static func formEncoded(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value).replacingOccurrences(of: "%20", with: "+")
    }
}
