import CasebookCore
import Foundation
import TerminalKit

public enum EpisodesInput: Sendable {
    case key(KeyEvent)
    case paste(String)
    case tick(Date)
    case loaded(sessions: [Session], figures: [Figure], episodes: [RelationshipEpisode])
    case added(RelationshipEpisode)
    case removed(Int64)
    case failed(String)
}
