/// Where a ticket is in its life.
///
/// The raw values are the words Omnidesk uses; other backends map their own statuses onto these.
public enum TicketStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case new, open, pending, holding, solved, closed

    /// A capitalised label for menus and headers.
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// The key that picks this status in the `s` menu.
    public var menuKey: Character {
        switch self {
        case .new: "n"
        case .open: "o"
        case .pending: "p"
        case .holding: "h"
        case .solved: "s"
        case .closed: "c"
        }
    }
}
