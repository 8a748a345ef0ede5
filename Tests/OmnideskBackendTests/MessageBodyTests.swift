import Testing
import TickettyCore

@testable import OmnideskBackend

@Suite struct MessageBodyTests {
    @Test func textIsEscapedAndLinesBecomeBreaks() throws {
        let body = try MessageBody("Hi <Ann> & \"Bo\"\r\nThanks\nit's done")
        #expect(body.html == "Hi &lt;Ann&gt; &amp; &quot;Bo&quot;<br>Thanks<br>it&#39;s done")
        #expect(body.plaintext == "Hi <Ann> & \"Bo\"\nThanks\nit's done")
    }

    @Test(arguments: ["", "ok", "   hi  \n", "four"])
    func tooShortIsRefusedBeforeSending(text: String) {
        #expect(throws: BackendError.invalidRequest("a message needs at least 5 characters")) {
            try MessageBody(text)
        }
    }
}
