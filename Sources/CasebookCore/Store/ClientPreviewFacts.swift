/// What the Clients screen's preview shows of the selected client beyond its list row: the
/// codes seen in the most sessions and the start of the latest note. Read for one client when
/// the selection lands on it, never for the whole caseload.
public struct ClientPreviewFacts: Hashable, Sendable {
    /// Codes of any category, most sessions first, ties by name; at most the asked `codeLimit`.
    public var codes: [ClientRosterEntry.RankedCode]
    public var latestNote: ClientRosterEntry.LatestNote?

    public init(codes: [ClientRosterEntry.RankedCode] = [], latestNote: ClientRosterEntry.LatestNote? = nil) {
        self.codes = codes
        self.latestNote = latestNote
    }
}
