extension SVGChart {
    /// The heat map of `heatMapSVG` drawn for long treatments: one pale band per row and a cell only
    /// where something was observed, so a row of 1,300 mostly empty sessions costs a few cells
    /// rather than 1,300, and a brief stays a file a browser and a printer open at once.
    public static func sparseHeatMapSVG(rows: [HeatMapRow], columnLabels: [String], title: String = "Heat map") -> String {
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
            body += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(columns * cell - 1)\" height=\"\(cell - 1)\" fill=\"\(fills[0])\"/>\n"
            for (column, value) in row.cells.prefix(columns).enumerated() where value > 0 {
                let level = min(3, value)
                let columnName = column < columnLabels.count ? columnLabels[column] : String(column + 1)
                body += "<rect x=\"\(labelWidth + column * cell)\" y=\"\(y)\" width=\"\(cell - 1)\" height=\"\(cell - 1)\" fill=\"\(fills[level])\">"
                body += "<title>\(XMLEscaping.escape("\(row.label), \(columnName): \(meaning[level])"))</title></rect>\n"
            }
        }
        return document(width: width, height: height, title: title, body: body)
    }
}
