import Foundation
import GRDB
import TickettyCore
import TickettyStore

/// The full-text index of cached message text: an FTS5 table with the trigram tokenizer, one
/// row per ticket (rowid = ticket id), holding the folded text from `MessageText`.
///
/// Trigrams give substring search for words of three characters or more through the index;
/// shorter words fall back to `LIKE` over the same stored text. Both sides are folded with
/// `TextFolding`, so matching ignores case and accents the way the ticket filter does.
enum MessageSearchIndex {
    static func create(_ db: Database) throws {
        try db.execute(
            sql: "CREATE VIRTUAL TABLE messageSearch USING fts5(text, tokenize = 'trigram')")
    }

    /// Indexes every timeline already cached (a database from before the index existed).
    /// A timeline that no longer decodes is left out rather than failing the upgrade.
    static func rebuild(_ db: Database) throws {
        let decoder = JSONDecoder()
        let rows = try Row.fetchCursor(db, sql: "SELECT ticketID, json FROM ticketDetail")
        var details: [TicketDetail] = []
        while let row = try rows.next() {
            guard let json = try? row.decode(Data.self, atIndex: 1),
                let detail = try? decoder.decode(TicketDetail.self, from: json)
            else { continue }
            details.append(detail)
        }
        for detail in details { try index(detail, db) }
    }

    /// Replaces the indexed text of `detail`'s ticket.
    static func index(_ detail: TicketDetail, _ db: Database) throws {
        let id = detail.ticket.id.rawValue
        try db.execute(sql: "DELETE FROM messageSearch WHERE rowid = ?", arguments: [id])
        try db.execute(
            sql: "INSERT INTO messageSearch (rowid, text) VALUES (?, ?)",
            arguments: [id, MessageText.searchable(detail)])
    }

    static func remove(_ ids: [TicketID], _ db: Database) throws {
        let statement = try db.cachedStatement(sql: "DELETE FROM messageSearch WHERE rowid = ?")
        for id in ids { try statement.execute(arguments: [id.rawValue]) }
    }

    /// The tickets whose text contains every word, most recently updated first.
    static func ticketIDs(matching words: [String], limit: Int, _ db: Database) throws -> [TicketID] {
        let folded = words.map { TextFolding.fold($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            .filter { !$0.isEmpty }
        guard !folded.isEmpty, limit > 0 else { return [] }
        let long = folded.filter { $0.unicodeScalars.count >= 3 }
        let short = folded.filter { $0.unicodeScalars.count < 3 }
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if !long.isEmpty {
            conditions.append("messageSearch MATCH ?")
            arguments.append(long.map(phrase).joined(separator: " AND "))
        }
        for word in short {
            conditions.append("messageSearch.text LIKE ? ESCAPE '\\'")
            arguments.append("%" + escapeLike(word) + "%")
        }
        arguments.append(limit)
        let sql = """
            SELECT messageSearch.rowid FROM messageSearch
            LEFT JOIN ticket ON ticket.id = messageSearch.rowid
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY ticket.lastUpdate DESC, messageSearch.rowid DESC
            LIMIT ?
            """
        return try Int.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
            .map(TicketID.init(rawValue:))
    }

    /// `word` as an FTS5 phrase: quoted, so operators and punctuation in it are plain text.
    private static func phrase(_ word: String) -> String {
        "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func escapeLike(_ word: String) -> String {
        var escaped = ""
        for character in word {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
