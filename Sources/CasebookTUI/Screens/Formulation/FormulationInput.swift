import CasebookCore
import Foundation
import TerminalKit

public enum FormulationInput: Sendable {
    case key(KeyEvent)
    case paste(String)
    case tick(Date)
    /// The size of the area the tab is drawn in, so Up and Down in a field follow its wrapped rows.
    case resized(Size)
    case saved(Formulation)
    case history(field: FormulationField, revisions: [FormulationRevision])
    case failed(String)
}
