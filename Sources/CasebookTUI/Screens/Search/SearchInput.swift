import CasebookCore
import Foundation
import TerminalKit

/// What the shell feeds the search screen: keys, time, and the results of its own effects.
public enum SearchInput: Sendable {
    case key(KeyEvent)
    case paste(String)
    case tick(Date)
    /// Hits for the search of `generation`.
    case results(generation: Int, hits: [SearchHit])
    /// Where the chosen hit's match is in its note, ready to open.
    case located(sessionID: Int64, layer: NoteLayer, scalarOffset: Int?)
    case failed(String)
}
