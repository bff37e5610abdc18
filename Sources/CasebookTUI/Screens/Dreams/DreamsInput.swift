import CasebookCore
import Foundation
import TerminalKit

public enum DreamsInput: Sendable {
    case key(KeyEvent)
    case paste(String)
    case tick(Date)
    case loaded([ObservationDetail])
    case failed(String)
}
