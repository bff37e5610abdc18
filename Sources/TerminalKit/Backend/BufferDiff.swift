/// One cell a backend must write: its position and new content.
public typealias BufferChange = (x: Int, y: Int, cell: Cell)

extension Buffer {
    /// The cells that changed since `previous`, in row order: what a backend must write.
    ///
    /// Continuation cells are never emitted (the wide character before them draws both columns).
    /// When a wide character is replaced by narrow ones, the cell after it is emitted even if
    /// it looks unchanged, because the terminal's copy of that column was overdrawn. If the
    /// areas differ, every cell is emitted.
    public func diff(from previous: Buffer) -> [BufferChange] {
        var changes: [BufferChange] = []
        let sameArea = previous.area == area
        for row in 0..<area.height {
            var invalidated = 0
            var toSkip = 0
            for col in 0..<area.width {
                let i = row * area.width + col
                let current = cells[i]
                let old: Cell? = sameArea ? previous.cells[i] : nil
                if !current.isContinuation && toSkip == 0 && (old != current || invalidated > 0) {
                    changes.append((x: area.x + col, y: area.y + row, cell: current))
                }
                toSkip = max(0, current.width - 1)
                let affected = max(current.width, old?.width ?? 1)
                invalidated = max(affected, invalidated) - 1
                if invalidated < 0 { invalidated = 0 }
            }
        }
        return changes
    }
}
