import CasebookCore
import Foundation
import TerminalKit

public enum MeasuresInput: Sendable {
    case key(KeyEvent)
    case paste(String)
    case tick(Date)
    case loaded(sessions: [Session], measures: [Measure])
    case added(Measure)
    case removed(Int64)
    case failed(String)
}
