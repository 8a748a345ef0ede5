import Hummingbird

/// Injects the configured faults into `/api/v2/` responses (see ``Faults``).
struct FaultMiddleware: RouterMiddleware {
    typealias Context = DeskRequestContext
    let faults: FaultController

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        switch await faults.decide() {
        case .pass:
            return try await next(request, context)
        case .fail:
            return OmnideskContract.errorResponse(status: .internalServerError, message: "Injected failure (desksim).")
        case .rateLimit(let retryAfter):
            var response = OmnideskContract.errorResponse(status: .tooManyRequests, message: "Too many requests.")
            response.headers[.retryAfter] = String(retryAfter)
            return response
        case .html:
            return Response(
                status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: Self.garbagePage)))
        case .hang(let seconds):
            try await Self.hold(seconds)
            return try await next(request, context)
        case .lateAnswer(let seconds):
            // The work is done (and stays done) whether or not the client is still there.
            let response = try await next(request, context)
            try await Self.hold(seconds)
            return response
        }
    }

    /// Sleeps for `seconds`, at most ``Faults/maximumHangSeconds``; cancelled (and so ended)
    /// when the client goes away or the server stops.
    private static func hold(_ seconds: Double) async throws {
        try await Task.sleep(nanoseconds: UInt64(min(max(seconds, 0), Faults.maximumHangSeconds) * 1_000_000_000))
    }

    /// What a misconfigured proxy or captive portal answers instead of JSON.
    static let garbagePage = """
        <!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>\
        <body><h1>Bad Gateway</h1><p>The proxy received an invalid response.</p><hr><address>nginx</address></body></html>
        """
}
