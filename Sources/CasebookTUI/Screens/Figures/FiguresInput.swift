import CasebookCore
import Foundation
import TerminalKit

public enum FiguresInput: Sendable {
    case key(KeyEvent)
    case paste(String)
    case tick(Date)
    case loaded([Figure])
    case saved(Figure)
    case removed(Int64)
    case failed(String)
}
