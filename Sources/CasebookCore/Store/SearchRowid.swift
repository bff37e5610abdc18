/// Where each passage sits in the search index, from `v2-search-index-rowids` on: the rowid is
/// `session_id << 32 | slot`, slot 0 the process note, 1 the record note, `2 × observation_id + 2`
/// an observation's evidence and `+ 3` its comment.
///
/// A passage's rowid follows from what it indexes, so a save replaces it by rowid and a deleted
/// session takes its whole rowid range, both of which FTS5 finds without scanning; the indexed
/// columns `session_id` and `observation_id` are UNINDEXED and looking a row up by them read the
/// whole index on every autosave. Rowid order is also session order, newest session last, which
/// search's recency order relies on.
enum SearchRowid {
    static let slotBits: Int64 = 32

    static func process(session: Int64) -> Int64 { session << slotBits }
    static func record(session: Int64) -> Int64 { session << slotBits | 1 }
    static func evidence(session: Int64, observation: Int64) -> Int64 {
        session << slotBits | (observation * 2 + 2)
    }
    static func comment(session: Int64, observation: Int64) -> Int64 {
        session << slotBits | (observation * 2 + 3)
    }

    /// Every rowid a session's passages can take.
    static func range(session: Int64) -> ClosedRange<Int64> {
        (session << slotBits)...(session << slotBits | 0xFFFF_FFFF)
    }

    /// The session a rowid belongs to.
    static func session(of rowid: Int64) -> Int64 { rowid >> slotBits }

    /// The observation whose evidence or comment the rowid holds; nil for a note.
    static func observation(of rowid: Int64) -> Int64? {
        let slot = rowid & 0xFFFF_FFFF
        return slot >= 2 ? (slot - 2) >> 1 : nil
    }

    static func layer(of rowid: Int64) -> SearchLayer {
        switch rowid & 0xFFFF_FFFF {
        case 0: .process
        case 1: .record
        case let slot where slot % 2 == 0: .evidence
        default: .comment
        }
    }

    /// The same scheme in SQL, for triggers and bulk statements: `session` and `observation` are
    /// SQL expressions (column names, `new.id`…).
    static func processSQL(_ session: String) -> String { "((\(session)) << 32)" }
    static func recordSQL(_ session: String) -> String { "(((\(session)) << 32) | 1)" }
    static func evidenceSQL(_ session: String, _ observation: String) -> String {
        "(((\(session)) << 32) | ((\(observation)) * 2 + 2))"
    }
    /// The observation id a rowid holds, or -1 (no observation) for a note.
    static func observationSQL(_ rowid: String) -> String { "((((\(rowid)) & 4294967295) - 2) >> 1)" }
    static func commentSQL(_ session: String, _ observation: String) -> String {
        "(((\(session)) << 32) | ((\(observation)) * 2 + 3))"
    }
}
