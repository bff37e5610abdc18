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
}
