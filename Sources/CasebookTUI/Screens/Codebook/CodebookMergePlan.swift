import CasebookCore

/// A merge about to happen, with what it will move, for the confirmation dialog.
public struct CodebookMergePlan: Sendable, Equatable {
    public var source: Tag
    public var target: Tag
    public var observations: Int
    public var sessions: Int

    public init(source: Tag, target: Tag, observations: Int, sessions: Int) {
        self.source = source
        self.target = target
        self.observations = observations
        self.sessions = sessions
    }

    /// "Merge ‘X’ into ‘Y’? 14 observations in 6 sessions move to ‘Y’."
    public var question: String {
        let head = "Merge ‘\(source.name)’ into ‘\(target.name)’? "
        switch observations {
        case 0:
            return head + "No observations move; ‘\(source.name)’ is archived and #\(source.slug) will mean ‘\(target.name)’."
        case 1:
            return head + "1 observation in 1 session moves to ‘\(target.name)’."
        default:
            let where_ = sessions == 1 ? "1 session" : "\(sessions) sessions"
            return head + "\(observations) observations in \(where_) move to ‘\(target.name)’."
        }
    }
}
