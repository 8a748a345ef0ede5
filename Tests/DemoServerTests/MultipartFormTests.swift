import Hummingbird
import XCTest

@testable import DemoServer

final class MultipartFormTests: XCTestCase {
    func testParsesRepeatedFieldsAndNonASCIIValues() throws {
        let body = Array((
            "--XyZ\r\nContent-Disposition: form-data; name=\"ticketIDs[]\"\r\n\r\n1\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"ticketIDs[]\"\r\n\r\n2\r\n"
            + "--XyZ\r\ncontent-disposition: form-data; name=\"message\"\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            + "<p>Grüße 田中\r\nline two</p>\r\n--XyZ--\r\n").utf8)
        let fields = try MultipartForm.parse(body, boundary: "XyZ")
        XCTAssertEqual(fields.all("ticketIDs[]"), ["1", "2"])
        XCTAssertEqual(fields["message"], "<p>Grüße 田中\r\nline two</p>")
    }

    func testBoundaryMayBeQuotedAndLinesMayEndInLF() throws {
        XCTAssertEqual(MultipartForm.boundary(fromContentType: "multipart/form-data; boundary=\"a b\""), "a b")
        XCTAssertEqual(MultipartForm.boundary(fromContentType: "multipart/form-data;boundary=abc"), "abc")
        XCTAssertNil(MultipartForm.boundary(fromContentType: "multipart/form-data"))
        let body = Array("preamble\n--b\nContent-Disposition: form-data; name=\"x\"\n\nvalue\n--b--".utf8)
        XCTAssertEqual(try MultipartForm.parse(body, boundary: "b")["x"], "value")
    }

    func testFilenameIsNotMistakenForName() throws {
        let body = Array("--b\r\nContent-Disposition: form-data; filename=\"evil\"; name=\"file\"\r\n\r\ndata\r\n--b--".utf8)
        XCTAssertEqual(try MultipartForm.parse(body, boundary: "b")["file"], "data")
    }

    func testBoundaryInsideAValueDoesNotSplitIt() throws {
        let body = Array("--b\r\nContent-Disposition: form-data; name=\"m\"\r\n\r\nsee --b here\r\n--b--\r\n".utf8)
        XCTAssertEqual(try MultipartForm.parse(body, boundary: "b")["m"], "see --b here")
    }

    func testHostileBodiesFailCleanly() {
        XCTAssertThrowsError(try MultipartForm.parse(Array("no delimiter here".utf8), boundary: "b"))
        XCTAssertThrowsError(try MultipartForm.parse(Array("--b\r\nno blank line".utf8), boundary: "b"))
        XCTAssertThrowsError(try MultipartForm.parse(Array("--b\r\nX-Other: 1\r\n\r\nv\r\n--b--".utf8), boundary: "b"))
        XCTAssertThrowsError(try MultipartForm.parse([0xFF, 0xFE, 0x00], boundary: "b"))
        XCTAssertEqual(try MultipartForm.parse([], boundary: "b"), FormFields())
    }
}
