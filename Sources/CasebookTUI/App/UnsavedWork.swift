import CasebookCore

extension AppState {
    /// Every text typed in this run that the database does not hold: the session's note layers
    /// and amendment, and what hosted screens (formulation, supervision questions, an episode
    /// being added) have unsaved.
    public var unsavedDrafts: [RecoveryDraft] {
        var drafts = openSession?.unsavedDrafts ?? []
        for entry in stack { if case let .component(screen) = entry { drafts += screen.unsavedDrafts } }
        return drafts
    }

    /// Why the texts are unsaved, for the recovery file and the quit box.
    var unsavedReason: String {
        if let fault = openSession?.saveFault { return "\(fault.headline) \(fault.detail)" }
        return "The database did not accept the last save."
    }
}
