import TickettyCore

/// What the list filter keeps between keystrokes: the ``SearchCorpus`` of the tickets, and the
/// last filter's result, which a longer filter narrows instead of searching everything again.
///
/// It is a cache, not state: every index equals every other, so it never shows up in state
/// comparisons (tests, redraw decisions). `State.tickets` marks it stale on every change
/// (`didSet`), so it can never answer from old tickets.
struct SearchIndex: Hashable, Sendable {
    private var corpus = SearchCorpus()
    /// Whether `corpus` was built from the tickets as they are now.
    private var isCurrent = false
    /// Row of each ticket in `corpus`, for joining tickets found elsewhere (message matches).
    private var rowOfID: [TicketID: Int32] = [:]
    private var last: (filter: TicketFilter, context: FilterContext, joined: Set<TicketID>, rows: [Int32])?
    /// Counts changes to the tickets, so a corpus built off the UI thread is installed only if
    /// nothing changed while it was being built.
    private(set) var version = 0

    /// The tickets changed: the next search rebuilds the corpus.
    mutating func ticketsChanged() {
        isCurrent = false
        last = nil
        version &+= 1
    }

    /// Whether the next filter keystroke would have to build the corpus first.
    var isStale: Bool { !isCurrent }

    /// Builds the corpus for `tickets` as they were at `version`; pure, so it can run on any
    /// thread (the ``Store`` does it in the background for big queues).
    static func prebuild(_ tickets: [TicketID: Ticket], version: Int) -> PrebuiltCorpus {
        var index = SearchIndex()
        index.rebuild(from: tickets)
        return PrebuiltCorpus(version: version, corpus: index.corpus, rowOfID: index.rowOfID)
    }

    /// Takes a corpus built in the background, unless the tickets changed since.
    mutating func install(_ prebuilt: PrebuiltCorpus) {
        guard prebuilt.version == version, !isCurrent else { return }
        corpus = prebuilt.corpus
        rowOfID = prebuilt.rowOfID
        isCurrent = true
        last = nil
    }

    private mutating func rebuild(from tickets: [TicketID: Ticket]) {
        corpus = SearchCorpus(ids: allIDs(of: tickets), tickets: tickets)
        rowOfID = Dictionary(uniqueKeysWithValues: corpus.ids.enumerated().map { ($1, Int32($0)) })
        isCurrent = true
        last = nil
    }

    /// Every ticket in list order (most recently updated first), without a filter.
    mutating func allIDs(of tickets: [TicketID: Ticket]) -> [TicketID] {
        if isCurrent { return corpus.ids }
        // Sort small keys, not whole tickets: moving tickets around costs their strings'
        // reference counting, which for 100 000 tickets is most of the time.
        var order: [(lastUpdate: Double, id: TicketID)] = []
        order.reserveCapacity(tickets.count)
        for ticket in tickets.values { order.append((ticket.lastUpdate.timeIntervalSinceReferenceDate, ticket.id)) }
        order.sort { $0 > $1 }
        return order.map(\.id)
    }

    /// The tickets that pass `filter`, in list order, plus those of `joined` (found by their
    /// messages) that pass every clause except the plain words.
    mutating func matchingIDs(
        of tickets: [TicketID: Ticket], filter: TicketFilter, context: FilterContext, joined: Set<TicketID>
    ) -> [TicketID] {
        if !isCurrent { rebuild(from: tickets) }
        var candidates: [Int32]?
        if let last, last.context == context, last.joined.isEmpty, joined.isEmpty, filter.narrows(last.filter) {
            candidates = last.rows
        }
        var rows = corpus.rows(passing: filter.clauses, context: context, among: candidates)
        if !joined.isEmpty {
            let fieldClauses = filter.clauses.filter { !($0.isWord && !$0.negated) }
            let joinedRows = joined.compactMap { rowOfID[$0] }.sorted()
            rows = Self.union(rows, corpus.rows(passing: fieldClauses, context: context, among: joinedRows))
        }
        last = (filter, context, joined, rows)
        return rows.map { corpus.ids[Int($0)] }
    }

    /// The union of two ascending row lists, ascending.
    private static func union(_ lhs: [Int32], _ rhs: [Int32]) -> [Int32] {
        guard !rhs.isEmpty else { return lhs }
        var result: [Int32] = []
        result.reserveCapacity(lhs.count + rhs.count)
        var left = 0, right = 0
        while left < lhs.count || right < rhs.count {
            if right == rhs.count || (left < lhs.count && lhs[left] < rhs[right]) {
                result.append(lhs[left]); left += 1
            } else if left == lhs.count || rhs[right] < lhs[left] {
                result.append(rhs[right]); right += 1
            } else {
                result.append(lhs[left]); left += 1; right += 1
            }
        }
        return result
    }

    static func == (lhs: SearchIndex, rhs: SearchIndex) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}
