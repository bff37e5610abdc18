import TerminalKit

/// Plain aligned columns for listings, measured in terminal cells as the interface measures
/// them, so a CJK name or an emoji does not push the next column out of line.
enum TextTable {
    static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in
            all.map { $0.indices.contains(column) ? displayWidth(of: $0[column]) : 0 }.max() ?? 0
        }
        return all.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: max(0, widths[column] - displayWidth(of: cell)))
                if column == row.count - 1 && !rightAligned.contains(column) { return cell }
                return rightAligned.contains(column) ? pad + cell : cell + pad
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
