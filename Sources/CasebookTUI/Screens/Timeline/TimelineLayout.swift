import CasebookCore
import TerminalKit

/// Where each part of the Timeline goes in an area. Update uses it too (with the last known
/// size) so paging moves by what is actually on screen.
struct TimelineLayout: Equatable {
    var title: Rect
    /// Session numbers, then dates where there is room.
    var numberRow: Rect
    var dateRow: Rect?
    var notHeldRow: Rect?
    var body: Rect
    var odf: Rect?
    var detail: Rect
    var labelWidth: Int
    var gridX: Int
    var visibleColumns: Int
    /// Terminal columns the drawn sessions span: the room for `visibleColumns` sessions, or, when
    /// the whole window fits with room to spare, that room shared out among its sessions (up to
    /// `maximumCellWidth` each) so a wide terminal shows wider cells rather than an empty right side.
    var gridWidth: Int
    var countWidth: Int
    var sparklineWidth: Int

    static let minimumLabelWidth = 10
    static let maximumLabelWidth = 28
    static let maximumCellWidth = 6

    init(area: Rect, state: TimelineState) {
        let height = area.height
        let detailHeight = height >= 34 ? 5 : height >= 20 ? 3 : 2
        let odfHeight = height >= 34 ? 5 : height >= 20 ? 3 : height >= 14 ? 2 : 0
        let hasDates = height >= 20
        let hasNotHeld = state.grid.columns.contains { !$0.held }
        var y = area.y
        title = Rect(x: area.x, y: y, width: area.width, height: 1)
        y += 1
        numberRow = Rect(x: area.x, y: y, width: area.width, height: 1)
        y += 1
        if hasDates {
            dateRow = Rect(x: area.x, y: y, width: area.width, height: 1)
            y += 1
        }
        if hasNotHeld {
            notHeldRow = Rect(x: area.x, y: y, width: area.width, height: 1)
            y += 1
        }
        let bodyHeight = max(1, area.bottom - y - odfHeight - detailHeight)
        body = Rect(x: area.x, y: y, width: area.width, height: min(bodyHeight, max(0, area.bottom - y)))
        y += body.height
        if odfHeight > 0, y + odfHeight <= area.bottom {
            odf = Rect(x: area.x, y: y, width: area.width, height: odfHeight)
            y += odfHeight
        }
        detail = Rect(x: area.x, y: y, width: area.width, height: max(0, area.bottom - y))

        let longest = state.grid.rows.map { displayWidth(of: TimelineLayout.label($0.tag)) + 2 }.max() ?? 0
        let headings = state.grid.categoryStarts.map { displayWidth(of: TimelineLayout.heading($0.category)) }.max() ?? 0
        let wanted = max(Self.minimumLabelWidth, min(Self.maximumLabelWidth, max(longest, min(headings, 20), 8)))
        labelWidth = min(wanted, max(Self.minimumLabelWidth, area.width / 3))
        let maxCount = state.grid.rows.map(\.count).max() ?? 0
        countWidth = max(3, String(maxCount).count) + 1
        sparklineWidth = area.width >= 110 ? 16 : area.width >= 76 ? 8 : 0
        gridX = area.x + labelWidth + 1
        let right = area.right - countWidth - (sparklineWidth > 0 ? sparklineWidth + 1 : 0)
        visibleColumns = max(1, right - gridX - 1)
        let sessions = state.grid.columns.count
        gridWidth = sessions > 0 && sessions < visibleColumns
            ? min(visibleColumns, sessions * Self.maximumCellWidth) : min(visibleColumns, max(sessions, 1))
    }

    /// Where the `index`-th drawn session starts, for `count` sessions drawn. When the cells are
    /// stretched the columns are shared out evenly (widths differ by at most one), so the grid
    /// ends exactly at `gridWidth` whatever the number of sessions.
    func x(ofDrawn index: Int, count: Int) -> Int {
        guard count > 0 else { return gridX }
        return gridX + index * drawnWidth(count: count) / count
    }

    /// The terminal columns `count` drawn sessions take: stretched only when they are the whole window.
    func drawnWidth(count: Int) -> Int {
        count >= gridWidth ? count : gridWidth
    }

    /// The first column to draw: the stored offset, moved as little as needed to show the cursor.
    static func columnOffset(for state: TimelineState, visibleColumns: Int) -> Int {
        let count = state.grid.columns.count
        var offset = max(0, min(state.columnOffset, count - visibleColumns))
        if state.cursorColumn < offset { offset = state.cursorColumn }
        if state.cursorColumn >= offset + visibleColumns { offset = state.cursorColumn - visibleColumns + 1 }
        return max(0, offset)
    }

    /// The first body line to draw, keeping the cursor row (and its heading when possible) visible.
    static func lineOffset(for state: TimelineState, visibleLines: Int) -> Int {
        let count = state.lines.count
        var offset = max(0, min(state.lineOffset, count - visibleLines))
        if let line = state.lineIndex(ofRow: state.cursorRow) {
            var top = line
            if line > 0, case .heading = state.lines[line - 1] { top = line - 1 }
            if top < offset { offset = top }
            if line >= offset + visibleLines { offset = line - visibleLines + 1 }
        }
        return max(0, offset)
    }

    /// A row's label: defenses carry their DMRS level, so the order by level reads at a glance.
    static func label(_ tag: AnalyzedTag) -> String {
        if tag.category == .defense, let level = tag.level { return "\(tag.name) (\(level))" }
        return tag.name
    }

    static func heading(_ category: TagCategory) -> String {
        category == .defense ? "Defenses by DMRS level" : category.displayName
    }
}
