import XCTest
@testable import TickettyCore

final class BackendErrorTests: XCTestCase {
    func testPermissionErrorsNameThePermissionTheActionNeeded() {
        XCTAssertEqual(
            BackendError.forbidden(permission: "SET_STATUS").userMessage,
            "Not allowed: the API key lacks SET_STATUS")
    }

    func testRateLimitSaysWhenItRetries() {
        XCTAssertEqual(BackendError.rateLimited(retryAfter: 8).userMessage, "Rate limited by the server; retrying in 8 s")
    }

    func testOnlyTransientFailuresAreRetryable() {
        XCTAssertTrue(BackendError.server(status: 503, message: "").isRetryable)
        XCTAssertTrue(BackendError.transport("connection refused").isRetryable)
        XCTAssertTrue(BackendError.timeout.isRetryable)
        XCTAssertFalse(BackendError.forbidden(permission: nil).isRetryable)
        XCTAssertFalse(BackendError.invalidRequest("status must be solved or closed").isRetryable)
    }

    func testMessagesAreSingleLines() {
        let errors: [BackendError] = [
            .unauthorized(permission: nil), .forbidden(permission: nil), .rateLimited(retryAfter: nil),
            .notFound(TicketID(1)), .invalidRequest("x"), .server(status: 500, message: ""),
            .invalidResponse("expected JSON"), .timeout, .transport("reset"), .configuration("bad url"),
        ]
        for error in errors {
            XCTAssertFalse(error.userMessage.contains("\n"), "\(error) would break the status line")
        }
    }
}
