import Foundation
import TickettyCore

/// One word of a ``TicketFilter``: a test on a ticket, possibly negated (`-status:closed`).
struct FilterClause: Hashable, Sendable {
    /// What a ticket is tested for.
    enum Test: Hashable, Sendable {
        /// A plain word: occurs in the ticket's search key (folded UTF-8).
        case word([UInt8])
        /// `#123` or `id:123`: the id, written in decimal, starts with these digits.
        case idPrefix(String)
        /// `status:open`, `status:pend`, `status:open,pending`.
        case status(Set<TicketStatus>)
        /// `prio:urgent`, `prio:>=high`.
        case priority(Set<TicketPriority>)
        /// `group:fin`: occurs in the assigned group's folded name.
        case group([UInt8])
        /// `agent:mei`: occurs in the assigned agent's folded name, or is the agent's id.
        case agent([UInt8])
        /// `tag:bill`: occurs in one of the ticket's folded tags.
        case tag([UInt8])
        /// `is:breached`: the next SLA target is at or before now.
        case breached
        /// `is:mine`: assigned to the agent the configuration names as `me`.
        case mine
        /// `is:unassigned`: no agent (a group alone does not make it anyone's).
        case unassigned
    }

    var test: Test
    var negated: Bool

    /// Whether this clause lets `ticket` through, given its search key.
    func matches(_ ticket: Ticket, searchKey: [UInt8], context: FilterContext) -> Bool {
        test.matches(ticket, searchKey: searchKey, context: context) != negated
    }

    /// Whether every ticket this clause lets through also passes `other`, so a list already
    /// narrowed by `other` can be narrowed further instead of searched again.
    func implies(_ other: FilterClause) -> Bool {
        if self == other { return true }
        guard !negated, !other.negated else { return false }
        switch (test, other.test) {
        case (.word(let mine), .word(let theirs)): return mine.containsBytes(theirs)
        case (.idPrefix(let mine), .idPrefix(let theirs)): return mine.hasPrefix(theirs)
        case (.status(let mine), .status(let theirs)): return mine.isSubset(of: theirs)
        case (.priority(let mine), .priority(let theirs)): return mine.isSubset(of: theirs)
        case (.group(let mine), .group(let theirs)), (.agent(let mine), .agent(let theirs)):
            return mine.containsBytes(theirs)
        default: return false
        }
    }
}

extension FilterClause.Test {
    /// The test itself, before negation; the reference the fast ``SearchCorpus`` agrees with.
    func matches(_ ticket: Ticket, searchKey: [UInt8], context: FilterContext) -> Bool {
        switch self {
        case .word(let word): searchKey.containsBytes(word)
        case .idPrefix(let digits): ticket.id.description.hasPrefix(digits)
        case .status(let statuses): statuses.contains(ticket.status)
        case .priority(let priorities): priorities.contains(ticket.priority)
        case .group(let part): ticket.assignedGroup.map { TextFolding.foldedBytes($0.name).containsBytes(part) } ?? false
        case .agent(let part): ticket.assignedAgent.map { Self.agent($0, matches: part) } ?? false
        case .tag(let part): ticket.tags.contains { TextFolding.foldedBytes($0).containsBytes(part) }
        case .breached: ticket.slaNextBreach.map { $0 <= context.now } ?? false
        case .mine: ticket.assignedAgent.map(context.isMe) ?? false
        case .unassigned: ticket.assignedAgent == nil
        }
    }

    /// Whether `part` is the agent's id or occurs in the agent's folded name.
    static func agent(_ agent: Agent, matches part: [UInt8]) -> Bool {
        Array(String(agent.id).utf8) == part || TextFolding.foldedBytes(agent.name).containsBytes(part)
    }
}
