import Foundation

/// The timeline grid as text for `casebook timeline CLIENT`: one character per session.
///
/// ```
///                     1
///            12345678901 count
/// not held      x
/// Theme
///   abandonment ░ ▒▓       3
/// ```
/// Session numbers are written vertically above their columns; non-held sessions are marked
/// on a line of their own; a last line shows each session's ODF rounded to a digit.
public enum TimelineTextRenderer {
    public static let shades: [Character] = [" ", "░", "▒", "▓"]
    public static let asciiShades: [Character] = [" ", ".", "+", "#"]
    public static let maximumLabelWidth = 28

    public static func render(_ grid: TimelineGrid, ascii: Bool = false) -> String {
        guard !grid.columns.isEmpty else { return "No sessions in this window.\n" }
        let shades = ascii ? asciiShades : shades
        let labels = grid.rows.map { TextLayout.truncate(label($0.tag), maximumLabelWidth - 2) }
        let width = max(
            (labels.map { $0.count + 2 }.max() ?? 0),
            grid.categoryStarts.map { $0.category.displayName.count }.max() ?? 0,
            "not held".count, "ODF".count)
        let gutter = String(repeating: " ", count: width) + " "
        var lines: [String] = []

        let numbers = grid.columns.map { String($0.session) }
        let digits = numbers.map(\.count).max() ?? 1
        for line in 0..<digits {
            let row = numbers.map { number -> Character in
                let padded = TextLayout.padLeft(number, digits)
                return padded[padded.index(padded.startIndex, offsetBy: line)]
            }
            lines.append(gutter + String(row) + (line == digits - 1 ? " count" : ""))
        }
        if grid.columns.contains(where: { !$0.held }) {
            lines.append(TextLayout.padRight("not held", width) + " " + String(grid.columns.map { $0.held ? " " : "x" }))
        }
        if grid.rows.isEmpty {
            lines.append("No observations in these sessions.")
        }
        var categoryStarts = Dictionary(grid.categoryStarts.map { ($0.row, $0.category) }, uniquingKeysWith: { a, _ in a })
        for (position, row) in grid.rows.enumerated() {
            if let category = categoryStarts.removeValue(forKey: position) {
                lines.append(category.displayName)
            }
            let cells = row.intensities(columns: grid.columns.count).map { shades[min(3, max(0, $0))] }
            lines.append(TextLayout.padRight("  " + labels[position], width) + " " + String(cells) + " " + String(row.count))
        }
        if grid.columns.contains(where: { $0.odf != nil }) {
            let odf = grid.columns.map { column -> Character in
                guard let value = column.odf else { return " " }
                return Character(String(Int(value.rounded())))
            }
            lines.append(TextLayout.padRight("ODF", width) + " " + String(odf))
        }
        return TextLayout.join(lines)
    }

    static func label(_ tag: AnalyzedTag) -> String {
        if tag.category == .defense, let level = tag.level { return "\(tag.name) (\(level))" }
        return tag.name
    }
}
