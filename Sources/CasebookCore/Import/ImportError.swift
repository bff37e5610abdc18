/// Why an import file was refused. Nothing was written in any of these cases.
public enum ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    case unreadable(path: String, detail: String)
    case notJSON(detail: String)
    case wrongFormat(found: String?)
    case unsupportedVersion(Int?)
    case deidentified
    /// Elements that are missing, malformed or point at nothing, each named by its JSON path.
    case invalid([ImportProblem])

    public var description: String {
        let nothing = "Nothing was imported."
        switch self {
        case .unreadable(let path, let detail):
            return "Cannot read \(path): \(detail). \(nothing)"
        case .notJSON(let detail):
            return "The file is not valid JSON (\(detail)). \(nothing) Import a file written by `casebook export --format json`."
        case .wrongFormat(let found):
            let what = found.map { "\"\($0)\"" } ?? "missing"
            return "format: expected \"\(CaseloadExport.formatName)\", found \(what). \(nothing) Import a file written by `casebook export --format json`."
        case .unsupportedVersion(let version):
            let what = version.map(String.init) ?? "missing"
            return "version: this Casebook reads version \(CaseloadExport.currentVersion), the file has \(what). \(nothing) "
                + "Export it again with this version of Casebook, or update Casebook."
        case .deidentified:
            return "deidentified: a de-identified export has weeks instead of dates and no names, so it cannot be "
                + "imported. \(nothing) Export without --deidentify to move a caseload."
        case .invalid(let problems):
            let shown = problems.prefix(20).map { "  \($0)" }.joined(separator: "\n")
            let more = problems.count > 20 ? "\n  … and \(problems.count - 20) more" : ""
            return "The file has \(problems.count) problem\(problems.count == 1 ? "" : "s"); \(nothing.lowercased())\n"
                + shown + more
        }
    }
}

/// One bad element: where (`clients[2].sessions[14].observations[0].intensity`) and what is wrong.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
