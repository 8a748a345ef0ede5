import Foundation
import XCTest

/// A failing server leaves the UI responsive and says what is wrong in the status line.
final class ServerFaultTests: EndToEndTestCase {
    func testServerErrorsAreReportedAndKeysStillWork() async throws {
        try await assertResponsive(underFault: "error500", showing: "500")
    }

    func testHTMLInsteadOfJSONIsReportedAndKeysStillWork() async throws {
        try await assertResponsive(underFault: "html", showing: "Unexpected answer")
    }

    func testAHangingServerTimesOutAndKeysStillWork() async throws {
        try await assertResponsive(underFault: "hang", showing: "did not answer in time", timeout: 60)
    }

    /// Switches the desk into `mode`, asks for a refresh, checks that the cursor still moves
    /// while the request fails (or hangs), and that the status line finally explains it.
    private func assertResponsive(underFault mode: String, showing message: String, timeout: Double = 20) async throws {
        try await run.waitUntilLoaded()
        let top = try await run.topTickets(2)
        let second = try XCTUnwrap(top.last)
        let marker = String(second.title.prefix(12))
        try await run.api.setFaultMode(mode)

        try run.terminal.press("R")
        let before = try styledLine(containing: marker)
        try run.terminal.press("j")
        try await run.terminal.waitUntil("the selection moves to the second ticket") { _ in
            (try? self.styledLine(containing: marker)) != before
        }
        let screen = try await run.terminal.waitFor(message, timeout: timeout)
        let lastLine = screen.split(separator: "\n").last.map(String.init) ?? ""
        XCTAssertTrue(lastLine.contains(message) || screen.contains(message), "the error is not in the status line")
    }

    /// The row showing `text`, with its colours and attributes, to see the selection move.
    private func styledLine(containing text: String) throws -> String {
        let styled = try run.terminal.captureStyled()
        return styled.split(separator: "\n").first { $0.contains(text) }.map(String.init) ?? ""
    }
}
