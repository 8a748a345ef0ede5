import Testing

@testable import OmnideskBackend

@Suite struct FormEncodingTests {
    @Test func arraysAreRepeatedFields() {
        let fields = [FormField("ticketIDs[]", "1"), FormField("ticketIDs[]", "22"), FormField("status", "solved")]
        #expect(FormEncoding.urlEncoded(fields) == "ticketIDs%5B%5D=1&ticketIDs%5B%5D=22&status=solved")
    }

    @Test func urlEncodingEscapesEverythingButUnreserved() {
        let encoded = FormEncoding.urlEncoded([FormField("title", "a b&c=d+e/é?#%")])
        #expect(encoded == "title=a+b%26c%3Dd%2Be%2F%C3%A9%3F%23%25")
        #expect(FormEncoding.query([FormField("query", "a b")]) == "query=a%20b")
    }

    @Test func multipartHasOnePartPerFieldAndAClosingBoundary() {
        let fields = [FormField("ticketIDs[]", "1"), FormField("ticketIDs[]", "2"), FormField("message", "<p>é</p>\r\nx")]
        let body = String(decoding: FormEncoding.multipart(fields, boundary: "B0UND"), as: UTF8.self)
        #expect(
            body
                == "--B0UND\r\nContent-Disposition: form-data; name=\"ticketIDs[]\"\r\n\r\n1\r\n"
                + "--B0UND\r\nContent-Disposition: form-data; name=\"ticketIDs[]\"\r\n\r\n2\r\n"
                + "--B0UND\r\nContent-Disposition: form-data; name=\"message\"\r\n\r\n<p>é</p>\r\nx\r\n"
                + "--B0UND--\r\n")
        #expect(FormEncoding.multipartContentType(boundary: "B0UND") == "multipart/form-data; boundary=B0UND")
    }

    @Test func fieldNamesCannotBreakTheirHeader() {
        let body = String(
            decoding: FormEncoding.multipart([FormField("a\"\r\nX-Evil: 1", "v")], boundary: "b"), as: UTF8.self)
        #expect(body.contains("name=\"a%22%0D%0AX-Evil: 1\"\r\n"))
    }

    @Test func boundariesNeverOccurInValues() {
        let boundary = FormEncoding.makeBoundary(for: [FormField("message", "--ticketty-")])
        #expect(boundary.hasPrefix("ticketty-"))
        #expect(boundary.count > 20)
        #expect(FormEncoding.makeBoundary(for: []) != boundary)
    }
}
