import Foundation

/// Folds text for matching what the agent types against what the server sent.
///
/// Public so the local database folds message text exactly as the in-memory filter does.
public enum TextFolding {
    /// The text without case or accents, so "jose" finds "José" and "ÅSA" finds "åsa".
    public static func fold(_ text: String) -> String {
        // Most helpdesk text is ASCII; lowercasing it directly avoids Foundation's slower folding.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The folded UTF-8 the filter compares: what the agent types and every ticket's search key
    /// go through this one function, so they always agree.
    static func foldedBytes(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        appendFolded(text, to: &bytes)
        return bytes
    }

    /// Appends `text` folded (as ``foldedBytes(_:)``) to `bytes`, without a String in between:
    /// building the search corpus of 100 000 tickets must not cost 100 000 allocations.
    ///
    /// ASCII is lowercased byte by byte. Any other character is folded alone by Foundation
    /// once per process and remembered, so "é" costs a table lookup after its first time; a
    /// combining accent folds to nothing, so "e\u{301}" and "é" both become "e".
    static func appendFolded(_ text: String, to bytes: inout [UInt8]) {
        if !text.utf8.contains(where: { $0 >= 0x80 }) {
            for byte in text.utf8 { bytes.append(lowercased(byte)) }
            return
        }
        scalarFolds.withLock { table in
            for scalar in text.unicodeScalars {
                if scalar.isASCII {
                    bytes.append(lowercased(UInt8(scalar.value)))
                } else if let folded = table[scalar.value] {
                    bytes.append(contentsOf: folded)
                } else {
                    let folded = Array(
                        String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8)
                    table[scalar.value] = folded
                    bytes.append(contentsOf: folded)
                }
            }
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// Each non-ASCII character folded, as met; shared by every thread that filters.
    private static let scalarFolds = Locked<[UInt32: [UInt8]]>([:])
}
