import CasebookCore
import Foundation
import TerminalKit

public enum FiguresInput: Sendable {
    case key(KeyEvent)
    case paste(String)
    case tick(Date)
    case loaded([Figure], episodeCounts: [Int64: Int])
    case saved(Figure)
    case removed(Int64)
    case failed(String)
}
