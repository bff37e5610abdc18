import CasebookCore
import Foundation
import TerminalKit

/// Which list of the Supervision tab has the keys.
public enum SupervisionList: Sendable, Equatable {
    case sessions
    case observations
}

/// The Supervision tab of a client: what is flagged, the questions for the supervisor, and the
/// words the clinician has accepted as not being names.
public struct SupervisionState: Sendable {
    public var clientID: Int64
    public var clientCode: String
    public var sessions: [Session]
    public var observations: [ObservationDetail]
    public var focus: SupervisionList = .sessions
    public var selectedSession: Int?
    public var selectedObservation: Int?
    /// The questions as the store last confirmed them.
    public var storedQuestions: String
    /// The questions as shown: the stored ones plus edits not yet confirmed.
    public var questions: String
    /// Set while the questions are being edited.
    public var editor: TextEditorState?
    public var overlay: SupervisionOverlay?
    /// Words marked "not a name" in the review; they are passed as `allow:` to the brief.
    public var allowed: Set<String> = []
    public var saveError: String?
    public var lastSavedAt: Date?
    /// The latest clock reading, from ticks; names the default export file.
    public var today: Date
    public var areaSize: Size?
    public var request: ScreenRequest?
    /// When the unsaved questions goes to the store, and the retries after failed saves.
    var autosave = FieldAutosave()
    var pendingG = false

    public init(clientID: Int64, clientCode: String, questions: String, sessions: [Session],
                observations: [ObservationDetail], today: Date) {
        self.clientID = clientID
        self.clientCode = clientCode
        self.storedQuestions = questions
        self.questions = questions
        self.sessions = sessions
        self.observations = observations
        self.today = today
        selectedSession = sessions.isEmpty ? nil : sessions.count - 1
        selectedObservation = observations.isEmpty ? nil : 0
    }

    /// The questions with the open editor's text.
    public var draftQuestions: String { editor?.text ?? questions }

    public var hasUnsavedQuestions: Bool { draftQuestions != storedQuestions }

    public var flaggedSessionCount: Int { sessions.filter(\.flaggedForSupervision).count }
    public var flaggedObservationCount: Int { observations.filter(\.observation.flaggedForSupervision).count }
}
