import Foundation
import Hummingbird
import Logging
import NIOCore

/// A real HTTP server on loopback for the transport faults the demo desk does not offer:
/// an endless body, a body that stalls after its head, and a redirect to another path.
///
/// The demo desk stays the server for everything the API means; this one only misbehaves
/// below the API, where the client's own limits are what is being tested.
struct MisbehavingServer {
    /// Counts requests that reached the redirect's target, which the client must never follow.
    actor Hits {
        private(set) var count = 0
        func record() { count += 1 }
    }

    let baseURL: String
    let redirectTargetHits: Hits
    private let task: Task<Void, Never>

    static func start() async throws -> MisbehavingServer {
        let hits = Hits()
        let router = Router()
        // 40 MB of JSON-looking whitespace, streamed without a length.
        router.get("api/v2/ticket") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody { writer in
                    let chunk = ByteBuffer(repeating: UInt8(ascii: " "), count: 1 << 20)
                    for _ in 0..<40 { try await writer.write(chunk) }
                    try await writer.finish(nil)
                })
        }
        // The head arrives at once; the body starts and then stalls.
        router.get("api/v2/ticket/:id") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: ResponseBody { writer in
                    try await writer.write(ByteBuffer(string: #"{"type":"item","item":"#))
                    try await Task.sleep(for: .seconds(30))
                    try await writer.finish(nil)
                })
        }
        router.get("api/v2/user") { _, _ -> Response in
            Response(status: .found, headers: [.location: "/elsewhere/api/v2/user"])
        }
        router.get("elsewhere/api/v2/user") { _, _ -> Response in
            await hits.record()
            return Response(status: .ok)
        }
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) },
            logger: Logger(label: "misbehaving") { _ in SwiftLogNoOpLogHandler() })
        let task = Task {
            try? await app.run()
            continuation.finish()
        }
        guard let port = await ports.first(where: { _ in true }) else {
            struct NotStarted: Error {}
            throw NotStarted()
        }
        return MisbehavingServer(baseURL: "http://127.0.0.1:\(port)", redirectTargetHits: hits, task: task)
    }

    func stop() async {
        task.cancel()
        await task.value
    }
}
