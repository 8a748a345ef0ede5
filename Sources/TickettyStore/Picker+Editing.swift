extension Picker {
    /// Moves the selection; `count` clamps the bottom when the reducer knows the rows.
    mutating func move(_ command: Command, count: Int?) {
        switch command {
        case .moveUp: selectedIndex -= 1
        case .moveDown: selectedIndex += 1
        case .pageUp: selectedIndex -= 10
        case .pageDown: selectedIndex += 10
        case .moveToFirst: selectedIndex = 0
        case .moveToLast: selectedIndex = (count ?? Int(Int32.max)) - 1
        default: return
        }
        if let count { selectedIndex = min(selectedIndex, count - 1) }
        selectedIndex = max(0, selectedIndex)
    }

    /// Edits the filter; a new filter starts again from the first row.
    mutating func edit(_ edit: TextEdit) {
        if filter.applyFieldEdit(edit) { selectedIndex = 0 }
    }
}
