/// Which list columns fit a width, and how wide each is.
///
/// On narrow terminals columns are dropped in this order: updated, assignee, customer,
/// priority, SLA. The mark, id, status and title always stay.
struct ListColumns: Equatable {
    var idWidth: Int
    var showsPriority = true
    var showsSLA = true
    var showsCustomer = true
    var showsAssignee = true
    var showsUpdated = true
    var titleWidth = 0

    static let markWidth = 2
    static let statusWidth = 7
    static let priorityWidth = 6
    static let slaWidth = TimeText.countdownWidth
    static let customerWidth = 14
    static let assigneeWidth = 12
    static let updatedWidth = 6
    /// The title keeps at least this much: 16 columns, or a quarter of the width.
    static func minimumTitleWidth(for width: Int) -> Int { max(16, width / 4) }

    init(width: Int, idWidth: Int) {
        self.idWidth = idWidth
        let droppable: [WritableKeyPath<ListColumns, Bool>] = [
            \.showsUpdated, \.showsAssignee, \.showsCustomer, \.showsPriority, \.showsSLA,
        ]
        for column in droppable where fixedWidth + Self.minimumTitleWidth(for: width) > width {
            self[keyPath: column] = false
        }
        titleWidth = max(0, width - fixedWidth)
    }

    /// Columns taken by everything but the title, including one space after each column.
    var fixedWidth: Int {
        var total = Self.markWidth + idWidth + 1 + Self.statusWidth + 1
        if showsPriority { total += Self.priorityWidth + 1 }
        if showsSLA { total += Self.slaWidth + 1 }
        if showsCustomer { total += 1 + Self.customerWidth }
        if showsAssignee { total += 1 + Self.assigneeWidth }
        if showsUpdated { total += 1 + Self.updatedWidth }
        return total
    }
}
