/// What an import added, for the message the clinician reads afterwards.
public struct ImportSummary: Hashable, Sendable, CustomStringConvertible {
    public var clientCodes: [String] = []
    public var figures = 0
    public var sessions = 0
    public var revisions = 0
    public var amendments = 0
    public var observations = 0
    public var episodes = 0
    public var measures = 0
    public var codesAdded = 0
    /// Codes the database already had with different settings; the database's version was kept.
    public var codesKept: [String] = []

    public var description: String {
        var lines = [
            "Imported \(clientCodes.count) client\(clientCodes.count == 1 ? "" : "s")"
                + (clientCodes.isEmpty ? "." : ": \(clientCodes.joined(separator: ", ")).")
        ]
        lines.append(
            "\(sessions) sessions, \(observations) observations, \(revisions) note revisions, \(amendments) amendments, "
                + "\(episodes) relationship episodes, \(measures) measures, \(figures) figures; \(codesAdded) new codes.")
        if !codesKept.isEmpty {
            lines.append(
                "Kept this database's own settings for \(codesKept.count) code\(codesKept.count == 1 ? "" : "s") "
                    + "that differ in the file: \(codesKept.prefix(10).joined(separator: ", "))"
                    + (codesKept.count > 10 ? ", …" : "") + ".")
        }
        return lines.joined(separator: "\n")
    }
}
