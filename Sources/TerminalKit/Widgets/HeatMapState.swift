/// The cursor and scroll of a heat map grid.
public struct HeatMapState: Hashable, Sendable {
    public var cursorRow: Int
    public var cursorColumn: Int
    /// First row and column shown; rendering adjusts them to keep the cursor visible.
    public var rowOffset: Int
    public var columnOffset: Int
    /// Rows and columns that fitted at the last render (for paging).
    public var visibleRows: Int = 1
    public var visibleColumns: Int = 1

    public init(cursorRow: Int = 0, cursorColumn: Int = 0, rowOffset: Int = 0, columnOffset: Int = 0) {
        self.cursorRow = cursorRow
        self.cursorColumn = cursorColumn
        self.rowOffset = rowOffset
        self.columnOffset = columnOffset
    }

    public mutating func moveCursor(rows: Int = 0, columns: Int = 0, rowCount: Int, columnCount: Int) {
        cursorRow = max(0, min(rowCount - 1, cursorRow + rows))
        cursorColumn = max(0, min(columnCount - 1, cursorColumn + columns))
    }
}
