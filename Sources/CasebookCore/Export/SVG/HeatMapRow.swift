/// One row of a heat map: a tag and its intensity per session (0 absent, 1 tentative, 2 clear, 3 strong).
public struct HeatMapRow: Hashable, Sendable {
    public var label: String
    public var cells: [Int]

    public init(label: String, cells: [Int]) {
        self.label = label
        self.cells = cells
    }
}

extension SVGChart {
    /// Rows of tags against columns of sessions, darker for stronger observations. Values outside 0…3
    /// are clamped. Column labels longer than the grid are ignored; with many columns only every n-th
    /// label is drawn so they do not overlap. `sparse` draws one pale band per row and a cell only
    /// where something was observed, so 1,300 mostly empty sessions cost a few cells, not 1,300
    /// (a long treatment's brief stays a file a browser and a printer open at once).
    public static func heatMapSVG(
        rows: [HeatMapRow], columnLabels: [String], title: String = "Heat map", sparse: Bool = false
    ) -> String {
        let cell = 14
        let labelWidth = min(200, 12 + 7 * (rows.map(\.label.count).max() ?? 0))
        let columns = max(columnLabels.count, rows.map(\.cells.count).max() ?? 0)
        let top = 22
        let width = labelWidth + columns * cell + 8
        let height = top + rows.count * cell + 8
        let fills = ["#F2F2F2", "#C6DBEF", "#6BAED6", "#08519C"]
        let meaning = ["absent", "tentative", "clear", "strong"]
        let widestColumnLabel = 7 * (columnLabels.map(\.count).max() ?? 0) + 4
        let labelStep = max(1, (widestColumnLabel + cell - 1) / cell)
        var body = ""
        for (index, label) in columnLabels.prefix(columns).enumerated() where index % labelStep == 0 {
            let x = labelWidth + index * cell + cell / 2
            body += "<text x=\"\(x)\" y=\"\(top - 6)\" text-anchor=\"middle\" \(font)>\(XMLEscaping.escape(label))</text>\n"
        }
        for (rowIndex, row) in rows.enumerated() {
            let y = top + rowIndex * cell
            body += "<text x=\"\(labelWidth - 6)\" y=\"\(y + cell - 3)\" text-anchor=\"end\" \(font)>\(XMLEscaping.escape(row.label))</text>\n"
            if sparse {
                body += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(columns * cell - 1)\" height=\"\(cell - 1)\" fill=\"\(fills[0])\"/>\n"
            }
            for (column, value) in row.cells.prefix(columns).enumerated() where !sparse || value > 0 {
                let level = min(3, max(0, value))
                let columnName = column < columnLabels.count ? columnLabels[column] : String(column + 1)
                body += "<rect x=\"\(labelWidth + column * cell)\" y=\"\(y)\" width=\"\(cell - 1)\" height=\"\(cell - 1)\" fill=\"\(fills[level])\">"
                body += "<title>\(XMLEscaping.escape("\(row.label), \(columnName): \(meaning[level])"))</title></rect>\n"
            }
        }
        return document(width: width, height: height, title: title, body: body)
    }
}

extension SVGChart {
    /// Tuple form, for callers that build rows inline.
    public static func heatMapSVG(
        rows: [(label: String, cells: [Int])], columnLabels: [String], title: String = "Heat map"
    ) -> String {
        heatMapSVG(rows: rows.map { HeatMapRow(label: $0.label, cells: $0.cells) }, columnLabels: columnLabels, title: title)
    }
}
