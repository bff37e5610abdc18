import CasebookCore
import Foundation
import TerminalKit

/// A line of the grid's body: a category heading or a tag's row.
public enum TimelineLine: Sendable, Equatable {
    case heading(TagCategory)
    case row(Int)
}

/// Everything the Timeline tab shows, as a value. The grid is built once per load, window or
/// filter change; moving the cursor and scrolling only change indices.
public struct TimelineState: Sendable {
    public var material: TimelineMaterial
    public private(set) var window: SessionWindowChoice = .all
    public private(set) var filter: TimelineCategoryFilter = .all
    public private(set) var grid: TimelineGrid
    /// The session id behind each grid column.
    public private(set) var columnSessionIDs: [Int64] = []
    /// Headings and rows in display order.
    public private(set) var lines: [TimelineLine] = []
    /// Index into `grid.rows`.
    public var cursorRow = 0
    /// Index into `grid.columns`.
    public var cursorColumn = 0
    /// First column shown; the view keeps the cursor inside whatever this says.
    public var columnOffset = 0
    /// First body line shown.
    public var lineOffset = 0
    /// The size of the last area drawn into (the shell sends `.resized`), for paging by screenfuls.
    public var viewport = Size(width: 120, height: 40)
    /// Where `[` marked the start of a session range, waiting for `]`.
    public var rangeStart: Int?
    public var timeZone: TimeZone
    public var pendingG = false
    public var message: String?
    public var request: ScreenRequest?
    /// The evidence last read for a cell; it belongs to the cursor's cell only when `cursorEvidence` says so.
    public private(set) var evidence: TimelineCellEvidence?
    /// The cell whose evidence was last asked for, so staying on a cell asks the store once.
    private var evidenceAsked: CellKey?

    /// A cell by what it shows: a session and a code.
    struct CellKey: Equatable {
        var sessionID: Int64
        var tagID: Int64
    }

    public init(material: TimelineMaterial, timeZone: TimeZone = .current) {
        self.material = material
        self.timeZone = timeZone
        grid = TimelineGrid.build(sessions: [], tags: [])
        rebuild()
        // The latest session is where a review usually starts.
        cursorColumn = max(0, grid.columns.count - 1)
    }

    /// The Timeline of material read for Patterns or the preview.
    public init(material: ClientAnalyticsMaterial, timeZone: TimeZone = .current) {
        self.init(material: TimelineMaterial(material), timeZone: timeZone)
    }

    public var clientID: Int64 { material.clientID }

    public mutating func setWindow(_ window: SessionWindowChoice) {
        self.window = window
        rebuildKeepingCursor()
    }

    public mutating func setFilter(_ filter: TimelineCategoryFilter) {
        self.filter = filter
        rebuildKeepingCursor()
    }

    /// New material from the store. Evidence is read again either way: a note's text may have
    /// changed without changing the grid. The same material keeps the view where it was.
    public mutating func replaceMaterial(_ material: TimelineMaterial) {
        evidence = nil
        evidenceAsked = nil
        guard material != self.material else { return }
        self.material = material
        rebuildKeepingCursor()
    }

    /// Keeps evidence that arrived, whichever cell it is for; the view shows it only under that cell.
    public mutating func receiveEvidence(_ evidence: TimelineCellEvidence) {
        self.evidence = evidence
    }

    /// The read of the cursor cell's evidence, if the cursor is on a cell not read or asked for yet.
    mutating func evidenceRequest() -> TimelineEffect? {
        guard let key = cursorCellKey, evidenceAsked != key, cursorEvidence == nil else { return nil }
        evidenceAsked = key
        return .loadEvidence(sessionID: key.sessionID, tagID: key.tagID)
    }

    /// The evidence of the cell under the cursor, once read.
    public var cursorEvidence: TimelineCellEvidence? {
        guard let key = cursorCellKey, let evidence, evidence.sessionID == key.sessionID, evidence.tagID == key.tagID
        else { return nil }
        return evidence
    }

    /// The session id behind the cursor's column.
    public var cursorSessionID: Int64? {
        columnSessionIDs.indices.contains(cursorColumn) ? columnSessionIDs[cursorColumn] : nil
    }

    private var cursorCellKey: CellKey? {
        guard let sessionID = cursorSessionID, let tag = cursorTag, cursorCell != nil else { return nil }
        return CellKey(sessionID: sessionID, tagID: tag.id)
    }

    /// The tag under the cursor, if there are rows.
    public var cursorTag: AnalyzedTag? {
        grid.rows.indices.contains(cursorRow) ? grid.rows[cursorRow].tag : nil
    }

    public var cursorSession: TimelineGrid.Column? {
        grid.columns.indices.contains(cursorColumn) ? grid.columns[cursorColumn] : nil
    }

    public var cursorCell: TimelineGrid.GridCell? { grid.cell(row: cursorRow, column: cursorColumn) }

    /// The body line of a grid row.
    public func lineIndex(ofRow row: Int) -> Int? {
        lines.firstIndex(of: .row(row))
    }

    private mutating func rebuildKeepingCursor() {
        let session = cursorSession?.session
        let tagID = cursorTag?.id
        rebuild()
        if let session {
            cursorColumn = grid.columns.lastIndex { $0.session <= session } ?? 0
        }
        cursorColumn = max(0, min(cursorColumn, grid.columns.count - 1))
        cursorRow = tagID.flatMap { id in grid.rows.firstIndex { $0.tag.id == id } } ?? 0
        lineOffset = 0
    }

    private mutating func rebuild() {
        let analysisWindow = window.analysisWindow
        grid = TimelineGrid.build(
            sessions: material.sessions, tags: material.tags, window: analysisWindow, categories: filter.categories)
        columnSessionIDs = analysisWindow.apply(to: material.sessions).map(\.id)
        var built: [TimelineLine] = []
        built.reserveCapacity(grid.rows.count + 10)
        for (index, row) in grid.rows.enumerated() {
            if index == 0 || grid.rows[index - 1].tag.category != row.tag.category {
                built.append(.heading(row.tag.category))
            }
            built.append(.row(index))
        }
        lines = built
    }
}

/// What the shell feeds the Timeline.
public enum TimelineInput: Sendable {
    case key(KeyEvent)
    case paste(String)
    case tick(Date)
    case resized(Size)
    case loaded(TimelineMaterial)
    /// The evidence of a cell, read when the cursor landed on it.
    case evidenceLoaded(TimelineCellEvidence)
    /// The screen is on top again after a screen opened from it (a session) closed: what that
    /// screen wrote may have changed the grid or a cell's evidence.
    case uncovered
    case failed(String)
    /// Where the evidence of the cell opened with Enter starts in the process note.
    case evidenceLocated(sessionID: Int64, scalarOffset: Int?)
}

/// Store work the Timeline asks for.
public enum TimelineEffect: Sendable, Equatable {
    /// Read the client's material again, past the store's memo (R).
    case reload(clientID: Int64)
    /// The client's material as the store has it now: from the memo when nothing was written.
    case refresh(clientID: Int64)
    /// Read the evidence of one cell.
    case loadEvidence(sessionID: Int64, tagID: Int64)
    /// Find where a tag's first observation in a session sits in its note, when Enter comes
    /// before the cell's evidence was read.
    case locateEvidence(sessionID: Int64, tagID: Int64)
}
