/// A one-row bar chart of recent values, newest at the right.
public struct Sparkline: Widget, Hashable, Sendable {
    /// The glyphs from empty to full; index 0 is drawn for zero and missing values.
    public static let blocks: [String] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// For terminals without the block elements.
    public static let ascii: [String] = [" ", ".", ".", ":", ":", "=", "=", "#", "#"]

    public var values: [Double?]
    /// The value drawn as a full bar; the largest value if nil.
    public var maximum: Double?
    public var glyphs: [String]
    public var style: Style

    public init(_ values: [Double?], maximum: Double? = nil, glyphs: [String] = Sparkline.blocks, style: Style = .plain) {
        // NaN and infinities have no bar height; they are drawn like missing values.
        self.values = values.map { $0.flatMap { $0.isFinite ? $0 : nil } }
        self.maximum = maximum
        self.glyphs = glyphs.isEmpty ? Sparkline.blocks : glyphs
        self.style = style
    }

    public init(counts: [Int], maximum: Int? = nil, glyphs: [String] = Sparkline.blocks, style: Style = .plain) {
        self.init(counts.map { Double($0) }, maximum: maximum.map(Double.init), glyphs: glyphs, style: style)
    }

    /// The glyph for one value.
    public func glyph(for value: Double?, maximum top: Double) -> String {
        guard let value, value > 0, top > 0 else { return glyphs[0] }
        let levels = glyphs.count - 1
        let level = Int((min(value, top) / top * Double(levels)).rounded(.up))
        return glyphs[max(1, min(levels, level))]
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let shown = values.suffix(area.width)
        let top = maximum ?? shown.compactMap { $0 }.max() ?? 0
        var x = area.x
        for v in shown {
            buffer.setString(x: x, y: area.y, glyph(for: v, maximum: top), style: style, maxWidth: 1)
            x += 1
        }
    }
}
