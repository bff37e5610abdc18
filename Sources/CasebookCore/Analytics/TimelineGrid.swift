import Foundation

/// The timeline of one client as a grid: a row per observed tag, a column per session.
///
/// Rows are grouped by category: themes, defenses (DMRS level 7 at the top down to 1, so the
/// most adaptive defenses read first), transference, countertransference, affect, dream,
/// memory, then CCRT wish, RO, RS; by name within a group. Only tags observed in the window
/// get a row. Columns are every session of the window in number order, held or not, so a
/// cancelled session shows as a gap. Cells are stored sparsely per row, sorted by column:
/// building is one pass over the observations, and a 1,300-session client never allocates
/// rows × sessions cells.
public struct TimelineGrid: Sendable {
    public struct Column: Hashable, Sendable {
        public var session: Int
        public var date: Date
        public var held: Bool
        /// ODF of the session, nil without defense observations or if not held.
        public var odf: Double?
    }

    public struct GridCell: Hashable, Sendable {
        public var column: Int
        /// Strongest intensity of the tag's observations in the session, 1…3.
        public var intensity: Int
        /// How many observations of the tag the session has (their evidence stays in the store:
        /// a screen reads it for the cell it shows).
        public var observations: Int
    }

    public struct Row: Hashable, Sendable {
        public var tag: AnalyzedTag
        /// Sessions (columns) with the tag.
        public var count: Int { cells.count }
        /// Non-empty cells, sorted by column.
        public var cells: [GridCell]

        public func cell(at column: Int) -> GridCell? {
            var low = 0
            var high = cells.count
            while low < high {
                let mid = (low + high) / 2
                if cells[mid].column < column { low = mid + 1 } else { high = mid }
            }
            return low < cells.count && cells[low].column == column ? cells[low] : nil
        }

        /// Intensity per column, 0 where absent; for sparklines.
        public func intensities(columns: Int) -> [Int] {
            var values = [Int](repeating: 0, count: columns)
            for cell in cells where cell.column < columns { values[cell.column] = cell.intensity }
            return values
        }
    }

    public var columns: [Column]
    public var rows: [Row]

    public func cell(row: Int, column: Int) -> GridCell? {
        guard rows.indices.contains(row) else { return nil }
        return rows[row].cell(at: column)
    }

    /// Indices of the first row of each category present, for group headers.
    public var categoryStarts: [(category: TagCategory, row: Int)] {
        var starts: [(TagCategory, Int)] = []
        for (position, row) in rows.enumerated() where starts.last?.0 != row.tag.category {
            starts.append((row.tag.category, position))
        }
        return starts
    }

    /// - Parameter categories: only these categories get rows; nil for all.
    public static func build(
        sessions: [AnalyzedSession], tags: [AnalyzedTag], window: AnalysisWindow = .all,
        categories: Set<TagCategory>? = nil
    ) -> TimelineGrid {
        let index = TagIndex(tags)
        let windowed = window.apply(to: sessions)
        var columns: [Column] = []
        columns.reserveCapacity(windowed.count)
        // What the loop needs of each tag, looked up once per tag rather than once per
        // observation (a lookup copies the tag, names and all): its DMRS level when it counts
        // towards ODF, and its row, nil when the category filter leaves it out.
        struct Seen {
            var defenseLevel: Double?
            var slot: Int?
        }
        // Codes are numbered from 1 as they are created, so a table indexed by id replaces a hash
        // lookup for each of a long client's ~15,000 observations; ids past it use a dictionary.
        let tableSize = min(tags.lazy.map(\.id).max().map { Int(clamping: $0) + 1 } ?? 0, 1 << 16)
        var seenByID = [Seen?](repeating: nil, count: max(0, tableSize))
        var seen: [Int64: Seen] = [:]
        // Cells gather in flat arrays, each row's in column order, and are dealt out to their rows
        // at the end; the loop writes through buffer pointers. Appending through
        // `rows[slot].cells` checked and copied nested storage for each of the ~15,000
        // observations of a long client, and even flat arrays paid a uniqueness check per write.
        var rowTags: [AnalyzedTag] = []
        let total = windowed.reduce(0) { $0 + $1.observations.count }
        var flatCells = [GridCell](repeating: GridCell(column: 0, intensity: 0, observations: 0), count: total)
        var flatSlots = [Int](repeating: 0, count: total)
        var used = 0
        // Per row, where in the flat arrays its latest cell is: the same code twice in a session
        // is one cell. A row is a distinct code of `tags`, so there are at most that many.
        var latest = [Int](repeating: -1, count: tags.count)
        flatCells.withUnsafeMutableBufferPointer { cells in
            flatSlots.withUnsafeMutableBufferPointer { slots in
                latest.withUnsafeMutableBufferPointer { latest in
                    for (position, session) in windowed.enumerated() {
                        let held = session.isHeld
                        var defenses = DefensiveFunctioning.Tally()
                        for observation in session.observations {
                            let facts: Seen
                            let tableSlot = observation.tagID >= 0 && observation.tagID < tableSize ? Int(observation.tagID) : nil
                            if let tableSlot, let known = seenByID[tableSlot] {
                                facts = known
                            } else if tableSlot == nil, let known = seen[observation.tagID] {
                                facts = known
                            } else {
                                guard let tag = index[observation.tagID] else { continue }
                                var slot: Int?
                                if categories?.contains(tag.category) ?? true {
                                    slot = rowTags.count
                                    rowTags.append(tag)
                                }
                                facts = Seen(defenseLevel: tag.category == .defense ? tag.level.map(Double.init) : nil, slot: slot)
                                if let tableSlot { seenByID[tableSlot] = facts } else { seen[observation.tagID] = facts }
                            }
                            if held, let level = facts.defenseLevel {
                                defenses.weightedLevels += level
                                defenses.weight += 1
                                defenses.count += 1
                            }
                            guard let slot = facts.slot else { continue }
                            let intensity = min(3, max(1, observation.intensity))
                            let last = latest[slot]
                            if last >= 0, cells[last].column == position {
                                cells[last].intensity = max(cells[last].intensity, intensity)
                                cells[last].observations += 1
                            } else {
                                latest[slot] = used
                                cells[used] = GridCell(column: position, intensity: intensity, observations: 1)
                                slots[used] = slot
                                used += 1
                            }
                        }
                        columns.append(Column(session: session.number, date: session.date, held: held, odf: defenses.odf))
                    }
                }
            }
        }
        // A counting sort by row keeps each row's cells in column order.
        var starts = [Int](repeating: 0, count: rowTags.count + 1)
        for slot in flatSlots[..<used] { starts[slot + 1] += 1 }
        for slot in rowTags.indices { starts[slot + 1] += starts[slot] }
        let byRow = [GridCell](unsafeUninitializedCapacity: used) { buffer, initialized in
            var next = starts
            for entry in 0..<used {
                buffer.initializeElement(at: next[flatSlots[entry]], to: flatCells[entry])
                next[flatSlots[entry]] += 1
            }
            initialized = used
        }
        var rows = rowTags.indices.map { Row(tag: rowTags[$0], cells: Array(byRow[starts[$0]..<starts[$0 + 1]])) }
        rows.sort { index.rank($0.tag.id) < index.rank($1.tag.id) }
        return TimelineGrid(columns: columns, rows: rows)
    }
}
