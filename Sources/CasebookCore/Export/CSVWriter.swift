/// Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, a quote, CR or LF,
/// quotes doubled. Text is written exactly as given (a note's line breaks stay inside its field).
public struct CSVWriter: Sendable {
    public var header: [String]

    public init(header: [String]) {
        self.header = header
    }

    /// The whole file: the header row, then one line per row; every line ends with CRLF.
    public func render(_ rows: [[String]]) -> String {
        var output = CSVWriter.line(header)
        for row in rows {
            output += CSVWriter.line(row)
        }
        return output
    }

    /// One record with its CRLF.
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    public static func field(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        var quoted = "\""
        for scalar in value.unicodeScalars {
            if scalar == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "\""
    }
}
