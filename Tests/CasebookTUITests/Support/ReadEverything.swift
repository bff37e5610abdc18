import CasebookCore
import Foundation
@testable import CasebookTUI

/// What the Clients screen shows, computed the slow way from every observation and whole note:
/// the reference the fast reads must equal.
enum ReadEverything {
    /// Codes by sessions seen in, most first, ties by name.
    static func ranked(_ store: CaseStore, clientID: Int64) throws -> [TagChip] {
        var sessionsByTag: [Int64: Set<Int64>] = [:]
        var tags: [Int64: Tag] = [:]
        for detail in try store.observations(clientID: clientID) {
            sessionsByTag[detail.tag.id!, default: []].insert(detail.observation.sessionID)
            tags[detail.tag.id!] = detail.tag
        }
        return sessionsByTag
            .map { TagChip(name: tags[$0.key]!.name, category: tags[$0.key]!.category, count: $0.value.count) }
            .sorted { $0.count == $1.count ? $0.name < $1.name : $0.count > $1.count }
    }

    static func topThemes(_ store: CaseStore, clientID: Int64) throws -> [TagChip] {
        Array(try ranked(store, clientID: clientID).filter { $0.category == .theme }.prefix(EffectRunner.topThemeCount))
    }

    static func wholeNote(_ session: Session) -> String {
        session.processNote.isEmpty ? session.recordNote : session.processNote
    }

    /// The preview's detail of a client: frequent codes and the latest note's first lines.
    static func detail(_ store: CaseStore, clientID: Int64) throws -> ClientPreviewDetail {
        let last = try store.sessions(clientID: clientID).last { !wholeNote($0).isEmpty }
        return ClientPreviewDetail(
            frequentTags: Array(try ranked(store, clientID: clientID).prefix(EffectRunner.frequentTagCount)),
            lastSessionLines: NoteExcerpt.lines(last.map(wholeNote) ?? "", count: EffectRunner.previewLineCount),
            lastSessionNumber: last?.number, lastSessionDate: last?.startedAt)
    }
}
