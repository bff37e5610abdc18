/// Rows × columns of intensities (e.g. tags × sessions) drawn as shaded cells, with row labels
/// at the left and column headers on top that stay in place while the grid scrolls. Cells come
/// from a provider asked only for what is visible, so 1,300 columns cost what fits on screen.
public struct HeatMapGrid: StatefulWidget {
    public var rowCount: Int
    public var columnCount: Int
    /// Intensity 0...3 of a cell, or nil where there is nothing to show.
    public var intensity: (_ row: Int, _ column: Int) -> Int?
    public var rowLabel: (Int) -> String
    /// A short header for a column; labels are placed left to right and one that would touch
    /// the previous label is skipped, like ticks on an axis.
    public var columnHeader: (Int) -> String
    public var ramp: HeatRamp
    /// Cells per column (1 or 2 read well).
    public var cellWidth: Int
    /// Columns given to row labels; nil sizes them to the longest visible label, at most a third of the area.
    public var labelWidth: Int?
    public var headerStyle: Style
    public var labelStyle: Style
    public var cursorStyle: Style

    public init(rowCount: Int, columnCount: Int, ramp: HeatRamp = .shades, cellWidth: Int = 1, labelWidth: Int? = nil,
                headerStyle: Style = Style(modifiers: .dim), labelStyle: Style = .plain,
                cursorStyle: Style = Style(modifiers: .reverse),
                rowLabel: @escaping (Int) -> String, columnHeader: @escaping (Int) -> String,
                intensity: @escaping (_ row: Int, _ column: Int) -> Int?) {
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.intensity = intensity
        self.rowLabel = rowLabel
        self.columnHeader = columnHeader
        self.ramp = ramp
        self.cellWidth = max(1, cellWidth)
        self.labelWidth = labelWidth
        self.headerStyle = headerStyle
        self.labelStyle = labelStyle
        self.cursorStyle = cursorStyle
    }

    public func render(in area: Rect, buffer: inout Buffer, state: inout HeatMapState) {
        guard area.height >= 2, area.width >= 2 else { return }
        let bodyHeight = area.height - 1
        state.visibleRows = bodyHeight
        state.cursorRow = rowCount > 0 ? max(0, min(rowCount - 1, state.cursorRow)) : 0
        state.rowOffset = max(0, min(state.rowOffset, max(0, rowCount - bodyHeight)))
        if state.cursorRow < state.rowOffset { state.rowOffset = state.cursorRow }
        if state.cursorRow >= state.rowOffset + bodyHeight { state.rowOffset = state.cursorRow - bodyHeight + 1 }
        let visibleRowRange = state.rowOffset..<min(rowCount, state.rowOffset + bodyHeight)

        let labels = visibleRowRange.map { rowLabel($0) }
        let labelColumns = labelWidth ?? min(area.width / 3, labels.map { displayWidth(of: $0) }.max() ?? 0)
        let gridX = area.x + labelColumns + (labelColumns > 0 ? 1 : 0)
        let gridWidth = max(0, area.right - gridX)
        let columnsShown = max(1, gridWidth / cellWidth)
        state.visibleColumns = columnsShown
        state.cursorColumn = columnCount > 0 ? max(0, min(columnCount - 1, state.cursorColumn)) : 0
        state.columnOffset = max(0, min(state.columnOffset, max(0, columnCount - columnsShown)))
        if state.cursorColumn < state.columnOffset { state.columnOffset = state.cursorColumn }
        if state.cursorColumn >= state.columnOffset + columnsShown { state.columnOffset = state.cursorColumn - columnsShown + 1 }
        let visibleColumnRange = state.columnOffset..<min(columnCount, state.columnOffset + columnsShown)

        var nextFree = gridX
        for column in visibleColumnRange {
            let x = gridX + (column - state.columnOffset) * cellWidth
            guard x >= nextFree else { continue }
            let header = columnHeader(column)
            let w = displayWidth(of: header)
            guard w > 0, x + w <= area.right else { continue }
            buffer.setString(x: x, y: area.y, header, style: headerStyle)
            nextFree = x + w + 1
        }
        for (i, row) in visibleRowRange.enumerated() {
            let y = area.y + 1 + i
            if labelColumns > 0 {
                buffer.setString(x: area.x, y: y, Truncation.fit(labels[i], toWidth: labelColumns), style: labelStyle)
            }
            for column in visibleColumnRange {
                let x = gridX + (column - state.columnOffset) * cellWidth
                let level = intensity(row, column)
                var style = level.map { ramp.style($0) } ?? .plain
                if row == state.cursorRow && column == state.cursorColumn { style = style.patched(with: cursorStyle) }
                let glyph = level.map { ramp.glyph($0) } ?? " "
                buffer.setString(x: x, y: y, String(repeating: glyph, count: cellWidth), style: style, maxWidth: cellWidth)
            }
        }
    }
}
