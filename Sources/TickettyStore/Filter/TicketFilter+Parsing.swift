import TickettyCore

extension TicketFilter {
    /// What one typed word means.
    enum Parsed {
        case clause(FilterClause)
        /// A field with no value yet (`status:`): nothing to apply, a hint to show.
        case incomplete(String)
        /// A field whose value means nothing (`status:bogus`): left out, and said so.
        case invalid(String)
        /// A lone `-`: the start of a negation still being typed.
        case nothing
    }

    static let statusNames = TicketStatus.allCases.map(\.rawValue).joined(separator: ", ")
    static let priorityNames = TicketPriority.allCases.map(\.rawValue).joined(separator: ", ")
    static let isNames = "breached, mine, unassigned"

    /// Reads one whitespace-free word of the filter.
    static func parse(_ token: String) -> Parsed {
        var body = Substring(token)
        let negated = body.hasPrefix("-")
        if negated { body = body.dropFirst() }
        guard !body.isEmpty else { return .nothing }
        func clause(_ test: FilterClause.Test) -> Parsed { .clause(FilterClause(test: test, negated: negated)) }

        if body.hasPrefix("#"), body.count > 1, body.dropFirst().allSatisfy(\.isASCIIDigit) {
            return clause(.idPrefix(String(body.dropFirst())))
        }
        guard let colon = body.firstIndex(of: ":"),
            let field = Field(rawValue: TextFolding.fold(String(body[..<colon])))
        else { return clause(.word(TextFolding.foldedBytes(String(body)))) }
        // Folded like the search keys, so a value's bytes compare with theirs.
        let value = String(decoding: TextFolding.foldedBytes(String(body[body.index(after: colon)...])), as: UTF8.self)
        guard !value.isEmpty else { return .incomplete(field.hint) }
        guard let test = field.test(value) else { return .invalid("\(field.name): no \(field.name) \"\(value)\"; try \(field.hint)") }
        return clause(test)
    }

    /// The field names a filter word may start with.
    enum Field: String {
        case status, prio, priority, group, agent, assignee, tag, `is`, id

        var name: String {
            switch self {
            case .prio: "priority"
            case .assignee: "agent"
            default: rawValue
            }
        }

        /// What the field takes, for the status line.
        var hint: String {
            switch self {
            case .status: "status: " + TicketFilter.statusNames
            case .prio, .priority: "priority: " + TicketFilter.priorityNames + " (or >=high, <urgent …)"
            case .group: "group: part of a group's name"
            case .agent, .assignee: "agent: part of an agent's name, or their id"
            case .tag: "tag: part of a tag"
            case .is: "is: " + TicketFilter.isNames
            case .id: "id: the first digits of a ticket id"
            }
        }

        /// The test for a folded, non-empty value, or `nil` if the value means nothing.
        func test(_ value: String) -> FilterClause.Test? {
            switch self {
            case .status:
                return Self.union(value) { part in TicketStatus.allCases.filter { $0.rawValue.hasPrefix(part) } }
                    .map(FilterClause.Test.status)
            case .prio, .priority:
                return Self.union(value, Self.priorities).map(FilterClause.Test.priority)
            case .group: return .group(Array(value.utf8))
            case .agent, .assignee: return .agent(Array(value.utf8))
            case .tag: return .tag(Array(value.utf8))
            case .is:
                switch value {
                case "breached": return .breached
                case "mine": return .mine
                case "unassigned": return .unassigned
                default: return nil
                }
            case .id:
                return value.allSatisfy(\.isASCIIDigit) ? .idPrefix(value) : nil
            }
        }

        /// The union over comma-separated parts, or `nil` if any part matches nothing.
        private static func union<Element: Hashable>(_ value: String, _ lookup: (String) -> [Element]) -> Set<Element>? {
            var all = Set<Element>()
            for part in value.split(separator: ",", omittingEmptySubsequences: true) {
                let found = lookup(String(part))
                if found.isEmpty { return nil }
                all.formUnion(found)
            }
            return all.isEmpty ? nil : all
        }

        /// `high`, `hi`, `>=high`, `>medium`, `<=low`, `<urgent`.
        private static func priorities(_ part: String) -> [TicketPriority] {
            let operators = [">=", "<=", ">", "<", "="]
            let op = operators.first { part.hasPrefix($0) } ?? ""
            let name = part.dropFirst(op.count)
            guard !name.isEmpty, let named = TicketPriority.allCases.first(where: { $0.rawValue.hasPrefix(name) })
            else { return [] }
            return TicketPriority.allCases.filter { priority in
                switch op {
                case ">=": priority >= named
                case "<=": priority <= named
                case ">": priority > named
                case "<": priority < named
                default: priority == named
                }
            }
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
