import CasebookCore
import Foundation

extension SearchScreen {
    public static func run(_ effect: SearchEffect, store: CaseStore, now: Date) -> [SearchInput] {
        switch effect {
        case .search(let query, let generation):
            do {
                return [.results(generation: generation, hits: try store.search(query))]
            } catch {
                return [.failed("Search failed: \(describe(error))")]
            }
        case .locate(let hit):
            do {
                return [try locate(hit, store: store)]
            } catch {
                return [.failed("Cannot open session \(hit.sessionNumber) of \(hit.clientCode): \(describe(error))")]
            }
        }
    }

    /// Where to put the cursor for a hit: the first occurrence of a matched word in the note it
    /// came from; for evidence and comments, the observation's span in the process note when it
    /// came from an inline tag, else the words found in the process note.
    static func locate(_ hit: SearchHit, store: CaseStore) throws -> SearchInput {
        guard let session = try store.session(id: hit.sessionID) else { throw StoreError.sessionNotFound(hit.sessionID) }
        let terms = NoteMatchLocator.markedTerms(hit.markedSnippet)
        switch hit.layer {
        case .process, .record:
            let layer: NoteLayer = hit.layer == .record ? .record : .process
            let offset = NoteMatchLocator.firstScalarOffset(of: terms, in: session.note(layer))
            return .located(sessionID: hit.sessionID, layer: layer, scalarOffset: offset)
        case .evidence, .comment:
            if let observationID = hit.observationID,
                let observation = try store.observations(sessionID: hit.sessionID)
                    .first(where: { $0.observation.id == observationID })?.observation,
                let start = observation.spanStart
            {
                // The sentence the inline tag stands in: the match, if it is there, else the tag.
                let scalars = Array(session.processNote.unicodeScalars)
                let sentenceStart = scalars[..<min(start, scalars.count)].lastIndex(where: { $0 == "\n" }).map { $0 + 1 } ?? 0
                var sentence = String.UnicodeScalarView()
                sentence.append(contentsOf: scalars[sentenceStart..<min(observation.spanEnd ?? start, scalars.count)])
                if let inSentence = NoteMatchLocator.firstScalarOffset(of: terms, in: String(sentence)) {
                    return .located(sessionID: hit.sessionID, layer: .process, scalarOffset: sentenceStart + inSentence)
                }
                return .located(sessionID: hit.sessionID, layer: .process, scalarOffset: start)
            }
            let offset = NoteMatchLocator.firstScalarOffset(of: terms, in: session.processNote)
            return .located(sessionID: hit.sessionID, layer: .process, scalarOffset: offset)
        }
    }

    /// Store errors describe themselves with what to do; others say what they can.
    static func describe(_ error: Error) -> String { "\(error)" }
}
