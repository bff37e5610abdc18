/// A frame in memory: the cells of `area`, drawn by views each frame and diffed by a backend.
/// CONTRACT (TerminalKit issue): the API below is what other parts use; the implementation may grow.
public struct Buffer: Sendable, Equatable {
    public private(set) var area: Rect
    public private(set) var cells: [Cell]

    public init(area: Rect) {
        self.area = area
        self.cells = Array(repeating: .blank, count: area.area)
    }

    public init(size: Size) { self.init(area: Rect(x: 0, y: 0, width: size.width, height: size.height)) }

    @inline(__always) func index(_ x: Int, _ y: Int) -> Int? {
        guard x >= area.x, x < area.right, y >= area.y, y < area.bottom else { return nil }
        return (y - area.y) * area.width + (x - area.x)
    }

    /// The cell at a screen position; a blank cell outside the area.
    public subscript(x: Int, y: Int) -> Cell {
        get { index(x, y).map { cells[$0] } ?? .blank }
        set { if let i = index(x, y) { cells[i] = newValue } }
    }

    /// The style of the cell at a position (plain outside the area).
    public func styleAt(x: Int, y: Int) -> Style { self[x, y].style }

    /// Draws `text` from (x, y) on one row and returns the number of columns used.
    ///
    /// Stops at `maxWidth` columns or the area's right edge. A wide character gets a
    /// continuation cell; one that would straddle the limit is drawn as a space instead.
    /// Overwriting either half of an existing wide character blanks its other half, so no
    /// orphan half is ever left. Control characters draw as placeholders (`drawableGrapheme`);
    /// zero-width graphemes (a lone combining mark) are not drawn.
    @discardableResult
    public mutating func setString(x: Int, y: Int, _ text: String, style: Style = .plain, maxWidth: Int = Int.max) -> Int {
        guard y >= area.y, y < area.bottom, x < area.right else { return 0 }
        let limit = min(maxWidth, area.right - x)
        guard limit > 0 else { return 0 }
        var used = 0
        for raw in text {
            let g = drawableGrapheme(raw)
            let w = displayWidth(of: g)
            if w == 0 { continue }
            let cx = x + used
            if used + w > limit {
                if w == 2 && used < limit && cx >= area.x {
                    put(Cell(grapheme: " ", width: 1, style: style), x: cx, y: y)
                    used += 1
                }
                break
            }
            if cx == area.x - 1 && w == 2 {
                // Only the right half is inside: show a space rather than half a character.
                put(Cell(grapheme: " ", width: 1, style: style), x: area.x, y: y)
            } else if cx >= area.x {
                if w == 2 {
                    put(Cell(grapheme: String(g), width: 2, style: style), x: cx, y: y)
                    put(.continuation(style: style), x: cx + 1, y: y)
                } else {
                    put(Cell(grapheme: String(g), width: 1, style: style), x: cx, y: y)
                }
            }
            used += w
        }
        return used
    }

    /// Draws styled spans one after another; returns the columns used.
    @discardableResult
    public mutating func setLine(x: Int, y: Int, _ line: Line, maxWidth: Int = Int.max, baseStyle: Style = .plain) -> Int {
        var used = 0
        for span in line.spans {
            guard used < maxWidth else { break }
            used += setString(x: x + used, y: y, span.text, style: baseStyle.patched(with: span.style), maxWidth: maxWidth - used)
        }
        return used
    }

    /// Lays `style` over every cell of `area` (colours that are not default and added modifiers).
    public mutating func setStyle(area target: Rect, style: Style) {
        let r = target.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.top..<r.bottom {
            for x in r.left..<r.right {
                let i = index(x, y)!
                cells[i].style = cells[i].style.patched(with: style)
            }
        }
    }

    /// Replaces every cell of `area` with `cell` (a narrow cell), mending wide characters cut
    /// at its edges.
    public mutating func fill(area target: Rect, cell: Cell) {
        let r = target.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.top..<r.bottom {
            for x in r.left..<r.right { put(cell, x: x, y: y) }
        }
    }

    /// Blanks `area` (spaces in plain style).
    public mutating func clear(area target: Rect) { fill(area: target, cell: .blank) }

    /// Gives the buffer a new area, blank: after a resize every cell is redrawn anyway.
    public mutating func resize(to newArea: Rect) {
        area = newArea
        cells = Array(repeating: .blank, count: newArea.area)
    }

    /// Resets every cell to blank, keeping the area.
    public mutating func reset() {
        for i in cells.indices { cells[i] = .blank }
    }

    /// The screen as text, one string per row, each wide character once.
    public var lines: [String] {
        guard area.width > 0 else { return Array(repeating: "", count: area.height) }
        var result: [String] = []
        result.reserveCapacity(area.height)
        for row in 0..<area.height {
            var s = ""
            for cell in cells[(row * area.width)..<((row + 1) * area.width)] where !cell.isContinuation {
                s += cell.grapheme
            }
            result.append(s)
        }
        return result
    }

    /// Writes one cell, first blanking the other half of any wide character it overlaps.
    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard let i = index(x, y) else { return }
        let old = cells[i]
        if old.isContinuation, let left = index(x - 1, y), cells[left].width == 2 {
            cells[left] = Cell(grapheme: " ", width: 1, style: cells[left].style)
        } else if old.width == 2, let right = index(x + 1, y), cells[right].isContinuation, !cell.isContinuation {
            cells[right] = Cell(grapheme: " ", width: 1, style: cells[right].style)
        }
        cells[i] = cell
    }
}
