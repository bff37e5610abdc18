/// Values over x drawn as a line, with the y range labelled at the left (max on top, min at
/// the bottom). Missing values leave gaps. Braille gives 2×4 dots per cell; the ASCII style
/// marks one point per cell for terminals without braille.
public struct LineChart: Widget, Hashable, Sendable {
    public enum Marker: Hashable, Sendable { case braille, ascii }

    public var values: [Double?]
    public var minimum: Double?
    public var maximum: Double?
    public var marker: Marker
    public var style: Style
    public var axisStyle: Style
    /// Formats the y-axis labels.
    public var decimals: Int

    public init(_ values: [Double?], minimum: Double? = nil, maximum: Double? = nil, marker: Marker = .braille,
                style: Style = .plain, axisStyle: Style = Style(modifiers: .dim), decimals: Int = 1) {
        // NaN and infinities cannot be placed on an axis; they are drawn as gaps.
        self.values = values.map { $0.flatMap { $0.isFinite ? $0 : nil } }
        self.minimum = minimum
        self.maximum = maximum
        self.marker = marker
        self.style = style
        self.axisStyle = axisStyle
        self.decimals = decimals
    }

    func label(_ v: Double) -> String {
        guard v.magnitude < 1e12 else { return "\(v)" }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let rounded = (v * scale).rounded() / scale
        if decimals <= 0 { return String(Int(rounded)) }
        let whole = Int(rounded.magnitude)
        let frac = Int(((rounded.magnitude - Double(whole)) * scale).rounded())
        let fracText = String(frac)
        let padded = String(repeating: "0", count: max(0, decimals - fracText.count)) + fracText
        return (rounded < 0 ? "-" : "") + "\(whole).\(padded)"
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let present = values.compactMap { $0 }
        let lo = minimum ?? present.min() ?? 0
        var hi = maximum ?? present.max() ?? 1
        if hi <= lo { hi = lo + 1 }
        let top = label(hi), bottom = label(lo)
        let axisWidth = max(displayWidth(of: top), displayWidth(of: bottom)) + 1
        guard area.width > axisWidth else { return }
        buffer.setString(x: area.x, y: area.y, Truncation.fit(top, toWidth: axisWidth - 1, alignment: .right), style: axisStyle)
        if area.height > 1 {
            buffer.setString(x: area.x, y: area.bottom - 1, Truncation.fit(bottom, toWidth: axisWidth - 1, alignment: .right), style: axisStyle)
        }
        for y in area.top..<area.bottom { buffer.setString(x: area.x + axisWidth - 1, y: y, "│", style: axisStyle) }
        let plot = area.inset(top: 0, right: 0, bottom: 0, left: axisWidth)
        guard !plot.isEmpty, !values.isEmpty else { return }
        let (sx, sy) = marker == .braille ? (2, 4) : (1, 1)
        let dotsWide = plot.width * sx, dotsHigh = plot.height * sy
        var dots = Array(repeating: false, count: dotsWide * dotsHigh)
        func point(_ i: Int, _ v: Double) -> (Int, Int) {
            let x = values.count == 1 ? 0 : Int((Double(i) * Double(dotsWide - 1) / Double(values.count - 1)).rounded())
            let f = (min(max(v, lo), hi) - lo) / (hi - lo)
            let y = Int(((1 - f) * Double(dotsHigh - 1)).rounded())
            return (x, y)
        }
        func set(_ x: Int, _ y: Int) {
            if x >= 0, x < dotsWide, y >= 0, y < dotsHigh { dots[y * dotsWide + x] = true }
        }
        var previous: (Int, Int)? = nil
        for (i, value) in values.enumerated() {
            guard let value else { previous = nil; continue }
            let p = point(i, value)
            if let q = previous { line(from: q, to: p, set) } else { set(p.0, p.1) }
            previous = p
        }
        for cy in 0..<plot.height {
            for cx in 0..<plot.width {
                let glyph: String
                if marker == .braille {
                    var bits: UInt32 = 0
                    let map: [(Int, Int, UInt32)] = [(0, 0, 0x01), (0, 1, 0x02), (0, 2, 0x04), (1, 0, 0x08),
                                                      (1, 1, 0x10), (1, 2, 0x20), (0, 3, 0x40), (1, 3, 0x80)]
                    for (dx, dy, bit) in map where dots[(cy * 4 + dy) * dotsWide + cx * 2 + dx] { bits |= bit }
                    guard bits != 0 else { continue }
                    glyph = String(Character(Unicode.Scalar(0x2800 + bits)!))
                } else {
                    guard dots[cy * dotsWide + cx] else { continue }
                    glyph = "*"
                }
                buffer.setString(x: plot.x + cx, y: plot.y + cy, glyph, style: style)
            }
        }
    }

    private func line(from a: (Int, Int), to b: (Int, Int), _ set: (Int, Int) -> Void) {
        var (x0, y0) = a
        let (x1, y1) = b
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let stepX = x0 < x1 ? 1 : -1, stepY = y0 < y1 ? 1 : -1
        var err = dx + dy
        while true {
            set(x0, y0)
            if x0 == x1 && y0 == y1 { break }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x0 += stepX }
            if e2 <= dx { err += dx; y0 += stepY }
        }
    }
}
