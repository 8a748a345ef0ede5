import GRDB

/// Small named facts about the account's cache, such as when the last full sync finished.
extension AccountCache {
    /// Stores `value` under `key`; `nil` removes the key.
    public func setValue(_ value: String?, forKey key: String) throws(CacheError) {
        try write("save \(key)") { db in
            if let value {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO fact (key, value) VALUES (?, ?)", arguments: [key, value])
            } else {
                try db.execute(sql: "DELETE FROM fact WHERE key = ?", arguments: [key])
            }
        }
    }

    /// The value stored under `key`, if any.
    public func value(forKey key: String) throws(CacheError) -> String? {
        try read("read \(key)") { db in
            try String.fetchOne(db, sql: "SELECT value FROM fact WHERE key = ?", arguments: [key])
        }
    }
}
