extension State {
    /// Esc: undoes the innermost thing first. An overlay closes, then compose closes (keeping
    /// the draft), then the filter being typed is cleared, then the timeline hands focus back to
    /// the list, and finally an active filter on the list is cleared.
    mutating func back() -> [Effect] {
        if overlay != nil {
            overlay = nil
        } else if compose != nil, focus == .compose {
            cancelCompose()
        } else if isEditingFilter {
            clearFilter()
        } else if focus != .list {
            focus = .list
        } else if !filter.isEmpty {
            clearFilter()
        }
        return []
    }
}
