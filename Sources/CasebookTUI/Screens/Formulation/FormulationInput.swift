import CasebookCore
import Foundation
import TerminalKit

public enum FormulationInput: Sendable {
    case key(KeyEvent)
    case paste(String)
    case tick(Date)
    case saved(Formulation)
    case history(field: FormulationField, revisions: [FormulationRevision])
    case failed(String)
}
