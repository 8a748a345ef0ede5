import Foundation
import TickettyCore

/// Every ticket's search key in one contiguous buffer, in list order, with the fields that
/// field words test kept as small per-row arrays, so a keystroke over 100 000 tickets is a few
/// byte scans instead of 100 000 allocations and dictionary lookups.
///
/// Rows are the list order (most recently updated first), so matching rows come out sorted.
/// Group, agent and tag names are stored once each and tested once per distinct name.
struct SearchCorpus: Sendable {
    /// The ticket of each row.
    private(set) var ids: [TicketID] = []
    /// The folded search keys, each followed by a newline (which no filter word contains).
    private var bytes: [UInt8] = []
    /// Where each row's key starts in `bytes`, plus one last entry for the end.
    private var starts: [Int] = [0]
    private var statuses: [TicketStatus] = []
    private var priorities: [TicketPriority] = []
    /// The SLA breach time of each row, `.infinity` for none.
    private var breaches: [Double] = []
    /// Indexes into `groupNames` / `agentList`; -1 for none.
    private var groupOfRow: [Int32] = []
    private var agentOfRow: [Int32] = []
    /// Each row's tags, as indexes into `tagNames`: row `r` owns `tagsOfRow[tagStarts[r]..<tagStarts[r+1]]`.
    private var tagsOfRow: [Int32] = []
    private var tagStarts: [Int] = [0]
    private var groupNames: [[UInt8]] = []
    private var agentList: [Agent] = []
    private var tagNames: [[UInt8]] = []

    var count: Int { ids.count }

    /// Builds the corpus for `tickets` in the order of `ids`.
    init(ids: [TicketID], tickets: [TicketID: Ticket]) {
        var groupIndex: [String: Int32] = [:]
        var agentIndex: [Agent: Int32] = [:]
        var tagIndex: [String: Int32] = [:]
        self.ids.reserveCapacity(ids.count)
        for id in ids {
            guard let ticket = tickets[id] else { continue }
            self.ids.append(id)
            TicketFilter.appendSearchKey(for: ticket, to: &bytes)
            bytes.append(0x0A)
            starts.append(bytes.count)
            statuses.append(ticket.status)
            priorities.append(ticket.priority)
            breaches.append(ticket.slaNextBreach?.timeIntervalSinceReferenceDate ?? .infinity)
            groupOfRow.append(ticket.assignedGroup.map { group in
                Self.index(of: group.name, in: &groupIndex) { groupNames.append(TextFolding.foldedBytes(group.name)) }
            } ?? -1)
            agentOfRow.append(ticket.assignedAgent.map { agent in
                Self.index(of: agent, in: &agentIndex) { agentList.append(agent) }
            } ?? -1)
            for tag in ticket.tags {
                tagsOfRow.append(Self.index(of: tag, in: &tagIndex) { tagNames.append(TextFolding.foldedBytes(tag)) })
            }
            tagStarts.append(tagsOfRow.count)
        }
    }

    init() {}

    private static func index<Key: Hashable>(of key: Key, in table: inout [Key: Int32], adding add: () -> Void) -> Int32 {
        if let index = table[key] { return index }
        let index = Int32(table.count)
        table[key] = index
        add()
        return index
    }

    /// The rows (ascending) among `candidates` (all rows when `nil`) that pass every clause.
    func rows(passing clauses: [FilterClause], context: FilterContext, among candidates: [Int32]?) -> [Int32] {
        var rows = candidates ?? Array(0..<Int32(count))
        // Cheap per-row field tests first, so the text scans see fewer rows.
        let ordered = clauses.filter { !$0.isWord } + clauses.filter(\.isWord)
        for clause in ordered {
            if rows.isEmpty { break }
            rows = narrow(rows, by: clause, context: context, wholeCorpus: rows.count == count)
        }
        return rows
    }

    private func narrow(_ rows: [Int32], by clause: FilterClause, context: FilterContext, wholeCorpus: Bool) -> [Int32] {
        let negated = clause.negated
        func keep(_ test: (Int) -> Bool) -> [Int32] { rows.filter { test(Int($0)) != negated } }
        switch clause.test {
        case .word(let word):
            let found = wholeCorpus ? scanAll(for: word) : scan(rows, for: word)
            return negated ? Self.subtract(found, from: rows) : found
        case .idPrefix(let digits):
            let digits = Array(digits.utf8)
            return keep { ids[$0].description.utf8.starts(with: digits) }
        case .status(let wanted): return keep { wanted.contains(statuses[$0]) }
        case .priority(let wanted): return keep { wanted.contains(priorities[$0]) }
        case .breached:
            let now = context.now.timeIntervalSinceReferenceDate
            return keep { breaches[$0] <= now }
        case .unassigned: return keep { agentOfRow[$0] < 0 }
        case .group(let part):
            let hits = groupNames.map { $0.containsBytes(part) }
            return keep { groupOfRow[$0] >= 0 && hits[Int(groupOfRow[$0])] }
        case .agent(let part):
            let hits = agentList.map { FilterClause.Test.agent($0, matches: part) }
            return keep { agentOfRow[$0] >= 0 && hits[Int(agentOfRow[$0])] }
        case .mine:
            let hits = agentList.map(context.isMe)
            return keep { agentOfRow[$0] >= 0 && hits[Int(agentOfRow[$0])] }
        case .tag(let part):
            let hits = tagNames.map { $0.containsBytes(part) }
            return keep { row in tagsOfRow[tagStarts[row]..<tagStarts[row + 1]].contains { hits[Int($0)] } }
        }
    }

    /// Every row whose key contains `word`, by one scan over the whole buffer: after a hit the
    /// search resumes at the next row, so a common word costs one search per row at most.
    private func scanAll(for word: [UInt8]) -> [Int32] {
        var found: [Int32] = []
        bytes.withUnsafeBytes { haystack in
            word.withUnsafeBytes { needle in
                var offset = 0
                var row = 0
                while offset < haystack.count,
                    let position = ByteSearch.find(needle, in: haystack, from: offset, to: haystack.count)
                {
                    while starts[row + 1] <= position { row += 1 }
                    found.append(Int32(row))
                    offset = starts[row + 1]
                }
            }
        }
        return found
    }

    /// The rows of `rows` whose key contains `word`, one search per row.
    private func scan(_ rows: [Int32], for word: [UInt8]) -> [Int32] {
        bytes.withUnsafeBytes { haystack in
            word.withUnsafeBytes { needle in
                rows.filter { ByteSearch.find(needle, in: haystack, from: starts[Int($0)], to: starts[Int($0) + 1]) != nil }
            }
        }
    }

    /// `rows` without `found` (both ascending).
    private static func subtract(_ found: [Int32], from rows: [Int32]) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(rows.count - min(rows.count, found.count))
        var next = 0
        for row in rows {
            while next < found.count, found[next] < row { next += 1 }
            if next < found.count, found[next] == row { continue }
            result.append(row)
        }
        return result
    }
}

extension FilterClause {
    var isWord: Bool {
        if case .word = test { true } else { false }
    }
}
