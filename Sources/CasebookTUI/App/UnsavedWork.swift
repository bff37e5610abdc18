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

    /// Why a hosted screen's typed text is not saved, while it is not.
    public var componentSaveProblem: String? {
        for entry in stack.reversed() {
            if case let .component(screen) = entry, let problem = screen.saveProblem { return problem }
        }
        return nil
    }

    /// Why the texts are unsaved and what to do, in words for the screen (no paths).
    var unsavedSummary: String {
        openSession?.saveFault.map { "Why: \($0.reason) \($0.advice)" } ?? componentSaveProblem
            ?? "The database did not accept the last save."
    }

    /// Why the texts are unsaved, with the error's details, for the recovery file.
    var unsavedReason: String {
        if let fault = openSession?.saveFault { return fault.kind == .other ? fault.headline : "\(fault.headline) \(fault.detail)" }
        return componentSaveProblem ?? "The database did not accept the last save."
    }
}
