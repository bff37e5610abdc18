import CasebookCore
import Foundation

/// One client's sessions and the codebook, as the Timeline draws them: the analytics material
/// without the CCRT episodes, which the grid does not show and which cost a 1,300-session client
/// as many index searches again as its observations do.
///
/// Loaded once when the Timeline opens, so moving the cursor or changing a window never re-reads
/// the client. Observations carry code and intensity only; the Timeline reads the evidence of the
/// one cell under its cursor (`TimelineCellEvidence`).
public struct TimelineMaterial: ClientMaterial, Equatable {
    public var clientID: Int64
    public var code: String
    public var name: String
    public var sessions: [AnalyzedSession]
    public var tags: [AnalyzedTag]

    public init(clientID: Int64, code: String, name: String, sessions: [AnalyzedSession], tags: [AnalyzedTag]) {
        self.clientID = clientID
        self.code = code
        self.name = name
        self.sessions = sessions
        self.tags = tags
    }

    /// The Timeline's part of material read for Patterns or the preview.
    public init(_ material: ClientAnalyticsMaterial) {
        self.init(clientID: material.clientID, code: material.code, name: material.name, sessions: material.sessions, tags: material.tags)
    }

    public static let memoKind = "client-timeline-material"

    /// The client's material read now, in one read transaction that touches no note, no
    /// observation's text and no episode.
    public static func read(store: CaseStore, clientID: Int64) throws -> TimelineMaterial {
        let read = try store.timelineMaterial(clientID: clientID)
        return TimelineMaterial(clientID: clientID, code: read.code, name: read.name, sessions: read.sessions, tags: read.tags)
    }
}
