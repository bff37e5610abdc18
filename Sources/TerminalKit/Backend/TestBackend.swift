/// An in-memory terminal for tests: receives frames the way a real backend does (through
/// `Buffer.diff`), keeps what the screen would show, and describes it as text and styles.
public struct TestBackend: Sendable {
    /// What the screen shows now.
    public private(set) var buffer: Buffer
    /// Cells written by the last `draw` (the diff a real terminal would have received).
    public private(set) var lastWrites: Int = 0

    public init(width: Int, height: Int) {
        buffer = Buffer(size: Size(width: width, height: height))
    }

    public var size: Size { Size(width: buffer.area.width, height: buffer.area.height) }
    public var area: Rect { buffer.area }

    /// Renders a frame: `body` draws into a fresh buffer, whose changes are then applied.
    public mutating func draw(_ body: (inout Buffer) -> Void) {
        var frame = Buffer(area: buffer.area)
        body(&frame)
        apply(frame)
    }

    /// Applies a complete frame through the diff, as a terminal backend would.
    public mutating func apply(_ frame: Buffer) {
        if frame.area != buffer.area { buffer.resize(to: frame.area) }
        let changes = frame.diff(from: buffer)
        for change in changes {
            buffer[change.x, change.y] = change.cell
            if change.cell.width == 2 { buffer[change.x + 1, change.y] = .continuation(style: change.cell.style) }
        }
        lastWrites = changes.count
    }

    public mutating func resize(width: Int, height: Int) {
        buffer.resize(to: Rect(x: 0, y: 0, width: width, height: height))
    }

    /// The screen as text, one string per row.
    public var lines: [String] { buffer.lines }

    /// Per row, one character per column: `mark` where `matches` holds for the cell's style and
    /// `.` elsewhere (a wide character's continuation repeats its mark).
    public func styleMask(mark: Character = "#", where matches: (Style) -> Bool) -> [String] {
        let a = buffer.area
        return (a.top..<a.bottom).map { y in
            String((a.left..<a.right).map { x -> Character in
                var cell = buffer[x, y]
                if cell.isContinuation { cell = buffer[x - 1, y] }
                return matches(cell.style) ? mark : "."
            })
        }
    }

    /// Per row, where cells carry `modifiers` (e.g. the reverse-video selection bar).
    public func modifierMask(_ modifiers: Modifiers) -> [String] {
        styleMask { $0.modifiers.isSuperset(of: modifiers) }
    }

    /// Every cell's style as a code: per row one character per column, and the styles the
    /// codes stand for (`0` is the first style met, reading row by row, `1` the next, …).
    /// Suited to whole-screen style snapshots.
    public func styleCodes() -> (rows: [String], legend: [Style]) {
        let codes = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var legend: [Style] = []
        let a = buffer.area
        let rows = (a.top..<a.bottom).map { y in
            String((a.left..<a.right).map { x -> Character in
                let cell = buffer[x, y].isContinuation ? buffer[x - 1, y] : buffer[x, y]
                let index = legend.firstIndex(of: cell.style) ?? { legend.append(cell.style); return legend.count - 1 }()
                return index < codes.count ? codes[index] : "?"
            })
        }
        return (rows, legend)
    }

    /// The runs of equal style on a row: columns and style, left to right.
    public func styleRuns(row y: Int) -> [(columns: Range<Int>, style: Style)] {
        let a = buffer.area
        var runs: [(columns: Range<Int>, style: Style)] = []
        for x in a.left..<a.right {
            let s = buffer[x, y].isContinuation ? buffer[x - 1, y].style : buffer[x, y].style
            if let last = runs.last, last.style == s, last.columns.upperBound == x {
                runs[runs.count - 1].columns = last.columns.lowerBound..<(x + 1)
            } else {
                runs.append((x..<(x + 1), s))
            }
        }
        return runs
    }

    /// nil if the screen shows `expected`, else a message listing each differing row.
    /// Trailing spaces are ignored unless `exact`, so expectations read like the screen.
    public func linesMismatch(_ expected: [String], exact: Bool = false) -> String? {
        TestBackend.mismatch(actual: lines, expected: expected, exact: exact)
    }

    public static func mismatch(actual: [String], expected: [String], exact: Bool = false) -> String? {
        func norm(_ s: String) -> String {
            guard !exact else { return s }
            var t = s
            while t.last == " " { t.removeLast() }
            return t
        }
        var problems: [String] = []
        if actual.count != expected.count { problems.append("rows: expected \(expected.count), got \(actual.count)") }
        for i in 0..<max(actual.count, expected.count) {
            let a = i < actual.count ? norm(actual[i]) : "<none>"
            let e = i < expected.count ? norm(expected[i]) : "<none>"
            if a != e { problems.append("row \(i):\n  expected |\(e)|\n  actual   |\(a)|") }
        }
        guard !problems.isEmpty else { return nil }
        return (problems + ["screen:"] + actual.map { "|\($0)|" }).joined(separator: "\n")
    }
}
