/// The sections of the help overlay, in the order they are shown.
public enum CommandGroup: Int, CaseIterable, Hashable, Sendable, Comparable {
    case moving, ticket, writing, list, program

    /// The section heading.
    public var title: String {
        switch self {
        case .moving: "Moving"
        case .ticket: "Ticket"
        case .writing: "Writing"
        case .list: "List"
        case .program: "Program"
        }
    }

    public static func < (lhs: CommandGroup, rhs: CommandGroup) -> Bool { lhs.rawValue < rhs.rawValue }
}
