import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Creates the cache directory and database file with owner-only permissions before SQLite
/// opens it: the cache holds customers' messages, so nobody else on the machine may read it.
///
/// SQLite gives the `-wal` and `-shm` files it creates the same mode as the database file.
enum CacheFiles {
    static func prepare(directory: URL, file: URL) throws(CacheError) {
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw CacheError(
                .inaccessible, "cannot create the cache directory \(directory.path): \(reason(error))")
        }
        let descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw CacheError(
                .inaccessible,
                "cannot open the cache \(file.path): \(String(cString: strerror(errno)))")
        }
        // The mode given to open() is cut by the umask, and an older file may be wider.
        _ = fchmod(descriptor, 0o600)
        close(descriptor)
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
