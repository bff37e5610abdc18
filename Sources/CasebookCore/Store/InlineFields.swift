import Foundation
import GRDB

/// The columns of an inline observation that follow its `#tag`: all the sync compares or
/// changes. Read by position and without the dates, and written back column by column: decoding
/// and re-encoding a long note's four hundred observations as whole records through Codable was
/// a quarter of an autosave. The comment and supervision flag are never read, so never touched.
struct InlineFields: Equatable {
    var id: Int64
    var tagID: Int64
    var intensity: Int
    var evidence: String
    var spanStart: Int?
    var spanEnd: Int?

    init(id: Int64, tagID: Int64, intensity: Int, evidence: String, spanStart: Int?, spanEnd: Int?) {
        self.id = id
        self.tagID = tagID
        self.intensity = intensity
        self.evidence = evidence
        self.spanStart = spanStart
        self.spanEnd = spanEnd
    }

    init(_ observation: Observation, id: Int64) {
        self.init(
            id: id, tagID: observation.tagID, intensity: observation.intensity, evidence: observation.evidence,
            spanStart: observation.spanStart, spanEnd: observation.spanEnd)
    }

    /// `fetchAll`'s order (`ORDER BY span_start, id`, where SQLite puts a missing span first).
    static func readOrder(_ a: InlineFields, _ b: InlineFields) -> Bool {
        let (x, y) = (a.spanStart ?? Int.min, b.spanStart ?? Int.min)
        return x != y ? x < y : a.id < b.id
    }

    /// Whether `fields` are in `fetchAll`'s order already (comparing in place: sorting copies
    /// each element, evidence and all, and was a seventh of an autosave).
    static func inReadOrder(_ fields: [InlineFields]) -> Bool {
        var index = 1
        while index < fields.count {
            let (x, y) = (fields[index - 1].spanStart ?? Int.min, fields[index].spanStart ?? Int.min)
            if x > y || (x == y && fields[index - 1].id > fields[index].id) { return false }
            index += 1
        }
        return true
    }

    /// The session's inline observations, in span order.
    static func fetchAll(sessionID: Int64, _ db: Database) throws -> [InlineFields] {
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT id, tag_id, intensity, evidence, span_start, span_end FROM observation
                WHERE session_id = ? AND source = 'inline' ORDER BY span_start, id
                """),
            arguments: [sessionID])
        var fields: [InlineFields] = []
        while let row = try rows.next() {
            fields.append(InlineFields(
                id: row[0], tagID: row[1], intensity: row[2], evidence: row[3], spanStart: row[4], spanEnd: row[5]))
        }
        return fields
    }

    /// Writes `rows` back. Typing moves every `#tag` after the cursor by the same number of
    /// scalars, so the tags that only moved are written by one statement per distance moved,
    /// their ids passed as one JSON array: a statement per moved tag, each with its arguments
    /// built and bound, was a quarter of an autosave typing in the middle of a long note. A tag
    /// that changed otherwise gets its own statement; only those touch the evidence, so the
    /// search trigger on evidence is not even considered for a tag that only moved.
    static func update(_ rows: [(before: InlineFields, after: InlineFields)], at stamp: Date, _ db: Database) throws {
        guard !rows.isEmpty else { return }
        let stampValue = stamp.databaseValue
        var moves: [Move: [Int64]] = [:]
        var changed: [InlineFields] = []
        for (before, row) in rows {
            if before.intensity == row.intensity, before.evidence == row.evidence,
                let start = before.spanStart, let end = before.spanEnd, let newStart = row.spanStart, let newEnd = row.spanEnd
            {
                moves[Move(start: newStart - start, end: newEnd - end), default: []].append(row.id)
            } else {
                changed.append(row)
            }
        }
        if !moves.isEmpty {
            let statement = try db.cachedStatement(sql: """
                UPDATE observation SET span_start = span_start + ?, span_end = span_end + ?, updated_at = ?
                WHERE id IN (SELECT value FROM json_each(?))
                """)
            for (move, ids) in moves {
                let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
                try statement.execute(arguments: [move.start, move.end, stampValue, list])
            }
        }
        let statement = try db.cachedStatement(sql: """
            UPDATE observation SET intensity = ?, evidence = ?, span_start = ?, span_end = ?, updated_at = ?
            WHERE id = ?
            """)
        for row in changed {
            try statement.execute(arguments: StatementArguments([
                row.intensity.databaseValue, row.evidence.databaseValue, row.spanStart?.databaseValue ?? .null,
                row.spanEnd?.databaseValue ?? .null, stampValue, row.id.databaseValue,
            ]))
        }
    }

    /// How far a tag's span moved, at each end.
    private struct Move: Hashable {
        var start: Int
        var end: Int
    }

    func delete(_ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM observation WHERE id = ?").execute(arguments: [id])
    }
}
