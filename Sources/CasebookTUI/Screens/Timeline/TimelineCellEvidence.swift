import CasebookCore
import Foundation

/// The observations behind the Timeline cell under the cursor, with their evidence and
/// comment, read from the store when the cursor lands on the cell (a handful of rows), so the
/// grid itself never holds the text of a client's thousands of observations.
public struct TimelineCellEvidence: Sendable, Equatable {
    public var sessionID: Int64
    public var tagID: Int64
    /// In the order of the note: inline tags by where they stand, manual observations after.
    /// Empty when the store no longer has any (removed since the grid was read).
    public var observations: [Observation]

    public init(sessionID: Int64, tagID: Int64, observations: [Observation]) {
        self.sessionID = sessionID
        self.tagID = tagID
        self.observations = observations
    }

    /// The cell's observations as the store holds them now.
    public static func read(store: CaseStore, sessionID: Int64, tagID: Int64) throws -> TimelineCellEvidence {
        TimelineCellEvidence(
            sessionID: sessionID, tagID: tagID,
            observations: try store.observations(sessionID: sessionID).map(\.observation).filter { $0.tagID == tagID })
    }

    /// Where the session should open: the first observation's `#tag` in the process note (nil
    /// when only manual observations are left, which opens the note at the top).
    public var spanStart: Int? { observations.lazy.compactMap(\.spanStart).first }
}
