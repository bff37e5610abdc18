/// One point of a line chart: x is usually a session number, y a score (ODF, PHQ-9).
public struct LineChartPoint: Hashable, Sendable {
    public var x: Int
    public var y: Double

    public init(x: Int, y: Double) {
        self.x = x
        self.y = y
    }
}

extension SVGChart {
    /// A line over `yRange` with its bounds labelled on the left axis. Points are sorted by x; points with
    /// a non-finite y are skipped; y outside the range is drawn at the nearest edge.
    public static func lineChartSVG(
        points: [LineChartPoint], yRange: ClosedRange<Double>, title: String = "Line chart",
        width: Int = 360, height: Int = 140
    ) -> String {
        let left = 36, right = 10, top = 10, bottom = 22
        let plotWidth = Double(max(1, width - left - right))
        let plotHeight = Double(max(1, height - top - bottom))
        let drawn = points.filter { $0.y.isFinite }.sorted { $0.x < $1.x }
        let minX = drawn.first?.x ?? 0
        let maxX = drawn.last?.x ?? 1
        let spanX = Double(max(1, maxX - minX))
        let spanY = yRange.upperBound - yRange.lowerBound
        func position(_ point: LineChartPoint) -> (Double, Double) {
            let x = Double(left) + (drawn.count == 1 ? plotWidth / 2 : Double(point.x - minX) / spanX * plotWidth)
            let clamped = min(yRange.upperBound, max(yRange.lowerBound, point.y))
            let fraction = spanY > 0 ? (clamped - yRange.lowerBound) / spanY : 0.5
            return (x, Double(top) + (1 - fraction) * plotHeight)
        }
        var body = ""
        let axisBottom = Double(top) + plotHeight
        body += "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(number(axisBottom))\" stroke=\"#999999\"/>\n"
        body += "<line x1=\"\(left)\" y1=\"\(number(axisBottom))\" x2=\"\(number(Double(left) + plotWidth))\" y2=\"\(number(axisBottom))\" stroke=\"#999999\"/>\n"
        body += "<text x=\"\(left - 4)\" y=\"\(top + 8)\" text-anchor=\"end\" \(font)>\(number(yRange.upperBound))</text>\n"
        body += "<text x=\"\(left - 4)\" y=\"\(number(axisBottom))\" text-anchor=\"end\" \(font)>\(number(yRange.lowerBound))</text>\n"
        if let first = drawn.first, let last = drawn.last {
            body += "<text x=\"\(left)\" y=\"\(height - 6)\" text-anchor=\"start\" \(font)>\(first.x)</text>\n"
            if last.x != first.x {
                body += "<text x=\"\(number(Double(left) + plotWidth))\" y=\"\(height - 6)\" text-anchor=\"end\" \(font)>\(last.x)</text>\n"
            }
            let coordinates = drawn.map(position).map { "\(number($0.0)),\(number($0.1))" }
            if drawn.count > 1 {
                body += "<polyline fill=\"none\" stroke=\"#08519C\" stroke-width=\"1.5\" points=\"\(coordinates.joined(separator: " "))\"/>\n"
            }
            for (point, xy) in zip(drawn, drawn.map(position)) {
                body += "<circle cx=\"\(number(xy.0))\" cy=\"\(number(xy.1))\" r=\"2\" fill=\"#08519C\"><title>\(point.x): \(number(point.y))</title></circle>\n"
            }
        }
        return document(width: width, height: height, title: title, body: body)
    }
}

extension SVGChart {
    /// Tuple form, for callers that build points inline.
    public static func lineChartSVG(
        points: [(x: Int, y: Double)], yRange: ClosedRange<Double>, title: String = "Line chart",
        width: Int = 360, height: Int = 140
    ) -> String {
        lineChartSVG(
            points: points.map { LineChartPoint(x: $0.x, y: $0.y) }, yRange: yRange, title: title, width: width,
            height: height)
    }
}
