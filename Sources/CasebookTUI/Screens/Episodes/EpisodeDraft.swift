import TerminalKit

/// An episode being added, step by step: session, other person, narrative, then W, RO and RS.
public struct EpisodeDraft: Sendable {
    public enum Step: Sendable, Equatable { case session, figure, newFigure, narrative, wish, responseOfOther, responseOfSelf }

    public var step: Step
    public var sessionID: Int64?
    public var figure: EpisodeFigureChoice?
    public var newFigureRole = TextInputState()
    public var narrative = TextEditorState()
    public var wishTagID: Int64?
    public var roTagID: Int64?
    public var rsTagID: Int64?
    public var roPositive = false
    public var rsPositive = false
    /// The picker of the current step, for the steps that pick.
    public var picker: FuzzyPickerState?
    public var error: String?
    /// The step the flow began at: Esc there leaves the flow.
    public var firstStep: Step
    /// Set after a first Esc that would drop a typed narrative.
    var confirmingDiscard = false

    public init(step: Step, sessionID: Int64?) {
        self.step = step
        firstStep = step
        self.sessionID = sessionID
    }

    static let skipID = "skip"
    static let therapistID = "therapist"
    static let newFigureID = "new"
}
