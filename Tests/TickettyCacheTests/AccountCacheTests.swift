import Foundation
import Testing
import TickettyCore

@testable import TickettyCache

@Suite struct AccountCacheTests {
    @Test func opensAFileNamedForTheAccountWithOwnerOnlyPermissions() throws {
        let temporary = try TemporaryDirectory()
        let directory = temporary.url.appendingPathComponent("nested/ticketty")
        let cache = try AccountCache.open(account: "acme.omnidesk.com", in: directory)
        try cache.save([Fixtures.ticket(1)])

        #expect(cache.fileURL == directory.appendingPathComponent("acme.omnidesk.com.sqlite"))
        let file = try FileManager.default.attributesOfItem(atPath: try #require(cache.fileURL).path)
        let folder = try FileManager.default.attributesOfItem(atPath: directory.path)
        #expect((file[.posixPermissions] as? Int) == 0o600)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        // The write-ahead log holds the same customer data, so it must be as private.
        let wal = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent("acme.omnidesk.com.sqlite-wal").path)
        #expect((wal[.posixPermissions] as? Int) == 0o600)
        #expect(try cache.schemaVersion() == CacheSchema.latestVersion)
    }

    @Test func refusesAFileThatIsNotADatabaseAndLeavesItAlone() throws {
        let temporary = try TemporaryDirectory()
        let file = temporary.url.appendingPathComponent("acme.omnidesk.com.sqlite")
        let garbage = Data(String(repeating: "this is not a database\n", count: 300).utf8)
        try garbage.write(to: file)

        #expect {
            try AccountCache.open(account: "acme.omnidesk.com", in: temporary.url)
        } throws: { error in
            guard let error = error as? CacheError else { return false }
            return error.reason == .unreadable && error.description.contains(file.path)
        }
        #expect(try Data(contentsOf: file) == garbage)
    }

    @Test func refusesADatabaseFromANewerBuildAndKeepsItsData() throws {
        let temporary = try TemporaryDirectory()
        do {
            let cache = try AccountCache.open(account: "acme", in: temporary.url)
            try cache.save([Fixtures.ticket(1)])
            try cache.enqueue(Fixtures.reply(1, to: 1))
            try LegacyDatabase.recordMigration("v9 from the future", in: try #require(cache.fileURL))
        }

        #expect {
            try AccountCache.open(account: "acme", in: temporary.url)
        } throws: { error in
            guard let error = error as? CacheError else { return false }
            return error.reason == .newerSchema && error.description.contains("acme.sqlite")
                && error.description.contains("newer")
        }
        // Still there for the newer build.
        #expect(try LegacyDatabase.count("outbox", in: temporary.url.appendingPathComponent("acme.sqlite")) == 1)
    }

    @Test func namesFilesSafelyAndDistinctly() {
        #expect(AccountSlug.fileName(for: "acme.omnidesk.com") == "acme.omnidesk.com.sqlite")
        #expect(AccountSlug.fileName(for: "ACME.Omnidesk.com") == "acme.omnidesk.com.sqlite")
        let withPort = AccountSlug.slug(for: "127.0.0.1:8080")
        #expect(withPort.hasPrefix("127.0.0.1_8080-"))
        #expect(withPort != AccountSlug.slug(for: "127.0.0.1_8080"))
        #expect(withPort == AccountSlug.slug(for: "127.0.0.1:8080"))
        // The API address the app passes: readable host, the path told apart by a hash.
        #expect(AccountSlug.slug(for: "https://127.0.0.1:8080") == "127.0.0.1_8080")
        #expect(AccountSlug.slug(for: "https://Acme.omnidesk.com/") == "acme.omnidesk.com")
        let api = AccountSlug.slug(for: "https://acme.omnidesk.com/api/v2/")
        #expect(api.hasPrefix("acme.omnidesk.com-") && api != AccountSlug.slug(for: "https://acme.omnidesk.com/other/"))
        for hostile in ["../../etc/passwd", "..", ".", "", "a/b", String(repeating: "x", count: 500)] {
            let slug = AccountSlug.slug(for: hostile)
            #expect(!slug.contains("/") && !slug.hasPrefix(".") && !slug.isEmpty && slug.count <= 120)
        }
    }

    @Test func defaultDirectoryFollowsXDG() {
        #expect(
            AccountCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/a"]).path
                == "/x/cache/ticketty")
        #expect(AccountCache.defaultDirectory(environment: ["HOME": "/home/a"]).path == "/home/a/.cache/ticketty")
        // A relative XDG_CACHE_HOME is invalid per the spec and ignored.
        #expect(
            AccountCache.defaultDirectory(environment: ["XDG_CACHE_HOME": "rel", "HOME": "/home/a"]).path
                == "/home/a/.cache/ticketty")
    }
}

@Suite struct AccountCacheFailureTests {
    @Test func aDirectoryThatCannotBeMadeIsReportedByPath() throws {
        let temporary = try TemporaryDirectory()
        let blocker = temporary.url.appendingPathComponent("not-a-directory")
        try Data("x".utf8).write(to: blocker)

        #expect {
            try AccountCache.open(account: "acme", in: blocker.appendingPathComponent("ticketty"))
        } throws: { error in
            guard let error = error as? CacheError else { return false }
            return error.reason == .inaccessible && error.description.contains(blocker.path)
        }
    }
}
