import Foundation
import GRDB

/// Reads and writes that turn GRDB's errors into `CacheError`s naming what was being done.
extension AccountCache {
    func read<T>(_ action: String, _ body: (Database) throws -> T) throws(CacheError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw CacheError.during(action, fileURL, error)
        }
    }

    /// One transaction with the default durability (survives a crash of ticketty).
    func write<T>(_ action: String, _ body: (Database) throws -> T) throws(CacheError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw CacheError.during(action, fileURL, error)
        }
    }

    /// One transaction that is on disk when this returns, even if the machine loses power
    /// right after: `synchronous = FULL` makes SQLite sync the WAL at this commit.
    func durableWrite(_ action: String, _ body: (Database) throws -> Void) throws(CacheError) {
        do {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
                defer { try? db.execute(sql: "PRAGMA synchronous = NORMAL") }
                try db.inTransaction {
                    try body(db)
                    return .commit
                }
            }
        } catch {
            throw CacheError.during(action, fileURL, error)
        }
    }
}

extension CacheError {
    /// An error from opening or migrating the file at `fileURL`.
    static func opening(_ fileURL: URL?, _ error: any Error) -> CacheError {
        if let error = error as? CacheError { return error }
        let name = fileURL?.path ?? "the in-memory cache"
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                return CacheError(
                    .unreadable,
                    "\(name) is not a ticketty cache (damaged or another kind of file); move it aside")
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
                return CacheError(.inaccessible, "cannot open the cache \(name): \(error.message ?? "\(error)")")
            default: break
            }
        }
        return CacheError(.failed, "cannot open the cache \(name): \(describe(error))")
    }

    /// An error while doing `action` on an open cache.
    static func during(_ action: String, _ fileURL: URL?, _ error: any Error) -> CacheError {
        if let error = error as? CacheError { return error }
        if let error = error as? DatabaseError,
            error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
        {
            return opening(fileURL, error)
        }
        return CacheError(.failed, "cache: cannot \(action): \(describe(error))")
    }

    private static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }
}
