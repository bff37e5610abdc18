import ArgumentParser
import CasebookCore
import Foundation

/// `casebook sessions CLIENT [--json]`: a client's sessions with what was observed in each.
struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions", abstract: "List a client's sessions and their observations.")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Client code (any case) or numeric id.")
    var client: String

    @Flag(name: .long, help: "Print the listing as JSON.")
    var json = false

    func run() throws {
        let store = try database.openExistingStore()
        let client = try store.requireClient(client)
        guard let clientID = client.id else { return }
        let sessions = try store.sessions(clientID: clientID)
        var observations: [Int64: [ObservationDetail]] = [:]
        for detail in try store.observations(clientID: clientID) {
            observations[detail.observation.sessionID, default: []].append(detail)
        }
        if json {
            try JSONOutput.print(sessions.map { session -> [String: Any] in
                [
                    "client": client.code,
                    "number": session.number,
                    "date": CLIDate.json(session.startedAt),
                    "attendance": session.attendance.rawValue,
                    "modality": session.modality.rawValue,
                    "duration_minutes": session.durationMinutes,
                    "flagged_for_supervision": session.flaggedForSupervision,
                    "signed": session.isSigned,
                    "observations": (observations[session.id ?? -1] ?? []).map { detail -> [String: Any] in
                        [
                            "category": detail.tag.category.rawValue,
                            "tag": detail.tag.name,
                            "slug": detail.tag.slug,
                            "intensity": detail.observation.intensity,
                            "evidence": detail.observation.evidence,
                            "comment": detail.observation.comment,
                            "source": detail.observation.source.rawValue,
                        ]
                    },
                ]
            })
            return
        }
        guard !sessions.isEmpty else {
            StandardError.write("\(client.code) has no sessions yet. Add one with `casebook note \(client.code) < note.txt`.")
            return
        }
        let rows = sessions.map { session -> [String] in
            let tags = (observations[session.id ?? -1] ?? []).map { "#" + $0.tag.slug }
            var seen = Set<String>()
            let distinct = tags.filter { seen.insert($0).inserted }
            return [
                String(session.number), CLIDate.minute(session.startedAt), session.attendance.rawValue,
                Self.firstLine(session.processNote.isEmpty ? session.recordNote : session.processNote),
                distinct.joined(separator: " "),
            ]
        }
        print(TextTable.render(header: ["#", "date", "attendance", "note", "tags"], rows: rows, rightAligned: [0]))
    }

    /// The note's opening words, tags stripped, short enough to keep rows on one line.
    static func firstLine(_ note: String, width: Int = 40) -> String {
        let line = note.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        let words = line.split(separator: " ").compactMap { word -> String? in
            // Drop inline tags, wherever they sit in a word: "(#humor)" → "()" is noise, so both go.
            guard let hash = word.firstIndex(of: "#") else { return String(word) }
            let before = word[..<hash].trimmingCharacters(in: CharacterSet(charactersIn: "("))
            return before.isEmpty ? nil : before
        }.joined(separator: " ")
        return words.count <= width ? words : String(words.prefix(width - 1)) + "…"
    }
}
