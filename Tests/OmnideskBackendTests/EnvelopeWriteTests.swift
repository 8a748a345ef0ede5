import Foundation
import Testing
import TickettyCore

@testable import OmnideskBackend

@Suite struct WriteEnvelopeTests {
    @Test func writesAcceptResultsItemsAndEmptyBodies() throws {
        try Envelope.write(Data(#"{"type":"result","message":"Ticket status is updated."}"#.utf8))
        try Envelope.write(Data(#"{"type":"item","item":{"id":"3143281"}}"#.utf8))
        try Envelope.write(Data())
        #expect(throws: BackendError.invalidRequest("No such view")) {
            try Envelope.write(Data(#"{"status":"error","message":"No such view"}"#.utf8))
        }
        #expect(throws: BackendError.invalidResponse("expected a JSON object, got \"OK\"")) {
            try Envelope.write(Data("OK".utf8))
        }
    }
}
