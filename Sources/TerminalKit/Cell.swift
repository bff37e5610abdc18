/// One screen cell: the grapheme drawn there, its display width and its style.
///
/// A wide grapheme (CJK, most emoji) occupies its own cell with `width == 2` and the cell to its
/// right is a continuation (`isContinuation`), which backends skip when writing.
public struct Cell: Hashable, Sendable {
    public var grapheme: String
    public var width: Int
    public var style: Style

    public init(grapheme: String = " ", width: Int = 1, style: Style = .plain) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    public static let blank = Cell()

    /// The cell to the right of a wide grapheme.
    public static func continuation(style: Style) -> Cell { Cell(grapheme: "", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}
