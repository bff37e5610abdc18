import CasebookCore
import Foundation

/// The revision history of one field, open over the formulation.
public struct FormulationHistory: Sendable {
    public var field: FormulationField
    /// Newest first; consecutive revisions that left this field alone are folded into one.
    public var versions: [FormulationFieldVersion]
    public var selected = 0

    public init(field: FormulationField, revisions: [FormulationRevision], current: String) {
        self.field = field
        var versions: [FormulationFieldVersion] = []
        var newer = current
        for revision in revisions {
            let text = field.text(of: revision.formulation)
            if text == newer { continue }
            versions.append(FormulationFieldVersion(text: text, writtenAt: revision.writtenAt, replacedAt: revision.savedAt))
            newer = text
        }
        // A wording that changed and later came back is still listed once per time it was written.
        self.versions = versions
    }
}
