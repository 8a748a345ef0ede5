import Foundation
import Testing
import TickettyCore

@testable import OmnideskBackend

@Suite struct OmnideskConfigurationTests {
    private func base(_ url: String) throws(BackendError) -> String {
        try OmnideskConfiguration(accountURL: url, apiKey: "k").apiBaseURL
    }

    @Test func apiPathIsAppendedOnce() throws {
        #expect(try base("https://mybrand.omnidesk.com") == "https://mybrand.omnidesk.com/api/v2/")
        #expect(try base("https://mybrand.omnidesk.com/") == "https://mybrand.omnidesk.com/api/v2/")
        #expect(try base("https://mybrand.omnidesk.com/api/v2") == "https://mybrand.omnidesk.com/api/v2/")
        #expect(try base("https://mybrand.omnidesk.com/api/v2/") == "https://mybrand.omnidesk.com/api/v2/")
        #expect(try base("  mybrand.omnidesk.io \n") == "https://mybrand.omnidesk.io/api/v2/")
        #expect(try base("HTTPS://mybrand.omnidesk.com:8443/desk") == "https://mybrand.omnidesk.com:8443/desk/api/v2/")
    }

    @Test(arguments: [
        "http://127.0.0.1:8080", "http://localhost:9000/api/v2/", "http://[::1]:7000", "http://127.8.9.10",
        "http://LOCALHOST",
    ])
    func plainHTTPIsAcceptedForLoopback(url: String) throws {
        #expect(try base(url).hasPrefix("http://"))
    }

    @Test func ipv6LoopbackKeepsItsBrackets() throws {
        #expect(try base("http://[::1]:7000") == "http://[::1]:7000/api/v2/")
    }

    @Test(arguments: [
        "http://mybrand.omnidesk.com", "http://10.0.0.1", "http://128.0.0.1", "http://localhost.evil.com",
        "http://[::2]", "http://127.0.0.1.evil.com",
    ])
    func plainHTTPIsRefusedElsewhere(url: String) {
        #expect {
            try base(url)
        } throws: { error in
            guard case BackendError.configuration(let message) = error else { return false }
            return message.contains("https://")
        }
    }

    @Test(arguments: ["", "ftp://x.com", "https://", "https://user:pw@x.com", "https://x.com/?apiKey=1"])
    func unusableURLsAreRefused(url: String) {
        #expect {
            try base(url)
        } throws: { error in
            if case BackendError.configuration = error { return true }
            return false
        }
    }

    @Test func keyIsCheckedAndNeverShown() throws {
        #expect(throws: BackendError.configuration("the API key is empty")) {
            try OmnideskConfiguration(accountURL: "https://x.omnidesk.com", apiKey: " \n")
        }
        #expect(throws: BackendError.configuration("the API key contains control characters or line breaks")) {
            try OmnideskConfiguration(accountURL: "https://x.omnidesk.com", apiKey: "abc\r\nX-Evil: 1")
        }
        let configuration = try OmnideskConfiguration(
            accountURL: "https://x.omnidesk.com", apiKey: "s3cr3t-key-value\n", requestTimeout: .seconds(3))
        #expect(configuration.apiKey.revealed == "s3cr3t-key-value")
        var dumped = ""
        dump(configuration, to: &dumped)
        for shown in [
            "\(configuration)", String(reflecting: configuration), dumped,
            "\(Mirror(reflecting: configuration).children.map { "\($0.value)" })",
        ] {
            #expect(!shown.contains("s3cr3t"))
            #expect(shown.contains("<redacted>"))
        }
        #expect(configuration.accountName == "x.omnidesk.com")
        #expect(configuration.requestTimeout == .seconds(3))
    }

    @Test func accountNameAndTimeout() throws {
        let named = try OmnideskConfiguration(accountURL: "https://x.omnidesk.com", apiKey: "k", accountName: "DEMO")
        #expect(named.accountName == "DEMO")
        #expect(throws: BackendError.configuration("the request timeout must be positive")) {
            try OmnideskConfiguration(accountURL: "https://x.omnidesk.com", apiKey: "k", requestTimeout: .zero)
        }
    }
}
