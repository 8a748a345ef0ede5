import Foundation
import TickettyCore

/// A change to tickets' tags, as typed in the `t` prompt or after `:tag` and `:untag`.
///
/// Tags are words separated by blanks or commas; `+word` adds and `-word` removes. The prompt
/// starts out holding the tags every target shares, and is read as the new shared set: a
/// shared tag deleted from the line is removed, a plain word typed is added. Tags never match
/// by case ("VIP" is "vip"), and tags with blanks inside are never listed, so editing the line
/// cannot split them.
///
/// ```swift
/// TagEdit.parse("vip billing +b2b -spam", shared: ["vip", "refund"])
/// // adding ["billing", "b2b"], removing ["spam", "refund"]
/// ```
public struct TagEdit: Hashable, Sendable {
    public var adding: [String]
    public var removing: [String]

    public init(adding: [String] = [], removing: [String] = []) {
        self.adding = adding
        self.removing = removing
    }

    /// Whether the edit changes nothing.
    public var isEmpty: Bool { adding.isEmpty && removing.isEmpty }

    /// Reads the prompt's line against the tags the targets shared when it opened.
    public static func parse(_ text: String, shared: [String]) -> TagEdit {
        let (plain, edit) = signedWords(text)
        var result = TagEdit(adding: plain.filter { !contains(shared, $0) }, removing: [])
        result.removing = shared.filter { !contains(plain, $0) && !contains(edit.adding, $0) }
        result.adding += edit.adding
        result.removing += edit.removing
        return result.normalized()
    }

    /// Reads `:tag` (plain words add) or `:untag` (plain words remove) arguments.
    public static func parse(_ text: String, plainWordsAdd: Bool) -> TagEdit {
        let (plain, edit) = signedWords(text)
        let result = plainWordsAdd
            ? TagEdit(adding: plain + edit.adding, removing: edit.removing)
            : TagEdit(adding: edit.adding, removing: plain + edit.removing)
        return result.normalized()
    }

    /// The tags every ticket has, in the first ticket's order, leaving out those with blanks.
    public static func shared(by tickets: [Ticket]) -> [String] {
        guard let first = tickets.first else { return [] }
        return first.tags.filter { tag in
            !tag.contains(where: \.isWhitespace) && tickets.dropFirst().allSatisfy { contains($0.tags, tag) }
        }
    }

    /// `tags` with `removing` taken out and `adding` appended where missing.
    public static func applying(adding: [String], removing: [String], to tags: [String]) -> [String] {
        var result = tags.filter { !contains(removing, $0) }
        for tag in adding where !contains(result, tag) { result.append(tag) }
        return result
    }

    /// Whether `tags` holds `tag`, ignoring case.
    static func contains(_ tags: [String], _ tag: String) -> Bool {
        tags.contains { $0.caseInsensitiveCompare(tag) == .orderedSame }
    }

    /// The words of `text`, split into plain ones and `+`/`-` ones.
    private static func signedWords(_ text: String) -> (plain: [String], signed: TagEdit) {
        var plain: [String] = []
        var signed = TagEdit()
        for word in text.split(whereSeparator: { $0.isWhitespace || $0 == "," }) {
            if word.hasPrefix("+") {
                signed.adding.append(String(word.dropFirst()))
            } else if word.hasPrefix("-") {
                signed.removing.append(String(word.dropFirst()))
            } else {
                plain.append(String(word))
            }
        }
        return (plain, signed)
    }

    /// Without empty words and repeats; a tag both added and removed is removed.
    private func normalized() -> TagEdit {
        var removing: [String] = []
        for tag in self.removing where !tag.isEmpty && !Self.contains(removing, tag) { removing.append(tag) }
        var adding: [String] = []
        for tag in self.adding where !tag.isEmpty && !Self.contains(adding, tag) && !Self.contains(removing, tag) {
            adding.append(tag)
        }
        return TagEdit(adding: adding, removing: removing)
    }
}
