import Foundation

/// The file name of an account's database: a filesystem-safe form of the account's host.
///
/// A clean host ("acme.omnidesk.com") is kept as it is; a URL gives its host and port
/// ("https://127.0.0.1:8080" → "127.0.0.1_8080"). When that readable part does not say
/// everything (a path such as "/api/v2/", characters replaced by `_`), a short stable hash of
/// the whole name is appended, so two accounts never share a file.
enum AccountSlug {
    static func fileName(for account: String) -> String { slug(for: account) + ".sqlite" }

    static func slug(for account: String) -> String {
        let (readable, complete) = readablePart(of: account)
        let lowered = readable.lowercased()
        var slug = ""
        var replaced = !complete
        for scalar in lowered.unicodeScalars.prefix(100) {
            if isSafe(scalar) {
                slug.unicodeScalars.append(scalar)
            } else {
                slug.append("_")
                replaced = true
            }
        }
        // A name that starts with a dot would be hidden, or be "." / "..".
        if slug.hasPrefix(".") || slug.isEmpty || lowered.unicodeScalars.count > 100 {
            replaced = true
        }
        guard replaced else { return slug }
        let kept = slug.drop(while: { $0 == "." })
        return (kept.isEmpty ? "account" : String(kept)) + "-" + stableHash(account)
    }

    /// The host and port of a URL, and whether they are all of it (nothing but "/" after).
    private static func readablePart(of account: String) -> (String, complete: Bool) {
        guard account.contains("://"), let url = URLComponents(string: account),
            let host = url.host, !host.isEmpty
        else { return (account, true) }
        let complete =
            url.path.allSatisfy { $0 == "/" } && url.query == nil && url.fragment == nil
            && url.user == nil
        return (host + (url.port.map { "_\($0)" } ?? ""), complete)
    }

    private static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "0"..."9", ".", "-", "_": true
        default: false
        }
    }

    /// 64-bit FNV-1a of the UTF-8 bytes, in hex: the same in every run (unlike `Hasher`).
    private static func stableHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
