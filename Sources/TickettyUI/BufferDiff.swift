/// The cells that differ between two frames: what the terminal must be sent.
///
/// Like ratatui's `Buffer::diff`. Continuation cells (the right half of a wide grapheme) are
/// never sent on their own: a device writing a wide grapheme covers both columns. When a cell
/// that used to hold a wide grapheme changes, the cell to its right is sent too, because the
/// terminal blanks that half when the left half is overwritten.
public enum BufferDiff {
    /// The updates that turn `old` into `new`; everything when `old` is `nil` or another size.
    public static func updates(from old: CellBuffer?, to new: CellBuffer) -> [CellUpdate] {
        let columns = new.size.columns
        var updates: [CellUpdate] = []
        guard let old, old.size == new.size else {
            updates.reserveCapacity(new.cells.count)
            for (index, cell) in new.cells.enumerated() where !cell.isContinuation {
                updates.append(CellUpdate(position: Position(column: index % columns, row: index / columns), cell: cell))
            }
            return updates
        }
        let oldCells = old.cells
        let newCells = new.cells
        var index = 0
        let count = newCells.count
        while index < count {
            let cell = newCells[index]
            if cell != oldCells[index] {
                if !cell.isContinuation {
                    updates.append(CellUpdate(position: Position(column: index % columns, row: index / columns), cell: cell))
                }
                let column = index % columns
                let oldWasWide = column + 1 < columns && oldCells[index + 1].isContinuation
                if oldWasWide, !cell.isContinuation, !newCells[index + 1].isContinuation {
                    // The old wide grapheme's right half is gone on the terminal: send its replacement.
                    updates.append(CellUpdate(position: Position(column: column + 1, row: index / columns), cell: newCells[index + 1]))
                    index += 2
                    continue
                }
            }
            index += 1
        }
        return updates
    }
}
