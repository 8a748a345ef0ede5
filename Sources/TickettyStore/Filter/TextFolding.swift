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

    /// ``fold(_:)`` as UTF-8, the form filters compare bytes in.
    static func foldedBytes(_ text: String) -> [UInt8] { Array(fold(text).utf8) }
}
