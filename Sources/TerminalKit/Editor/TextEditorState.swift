/// The text of a note being edited, with its cursor, undo history and scroll position.
///
/// Held as an array of lines so that a keystroke costs the edited line, not the note: notes may
/// reach a megabyte. Totals are kept incrementally; `text` is rebuilt on demand (autosave asks
/// about once a second). Line endings are stored as "\n": CR and CRLF in pasted or loaded text
/// become "\n", everything else is kept as written.
public struct TextEditorState: Sendable {
    var lines: [EditorLine]
    public private(set) var cursor = TextPosition(line: 0, column: 0)
    /// Display column that up/down try to keep across short lines.
    var goalColumn: Int?
    var history = EditHistory()

    /// Changes on every edit, undo and redo; autosave compares it with the revision it last saved.
    public private(set) var revision = 0
    private var savedRevision = 0

    /// Unicode scalars in the whole text, newlines included.
    public private(set) var scalarCount: Int
    /// Graphemes in the whole text, newlines included.
    public private(set) var characterCount: Int

    /// Fixed end of the selection, the cursor being the other; nil when nothing is selected.
    public internal(set) var selectionAnchor: TextPosition?
    /// Width the text was last wrapped at by the view; 0 before the first render (no wrapping).
    public internal(set) var wrapWidth = 0
    /// First visible screen row: a line and a row inside its wrap layout.
    var scrollLine = 0
    var scrollRow = 0

    public init(text: String = "") {
        let parts = Self.normalizingLineEndings(text).split(separator: "\n", omittingEmptySubsequences: false)
        lines = parts.map { EditorLine(String($0)) }
        scalarCount = lines.reduce(lines.count - 1) { $0 + $1.scalarCount }
        characterCount = lines.reduce(lines.count - 1) { $0 + $1.characters.count }
    }

    static func normalizingLineEndings(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for s in text.unicodeScalars {
            if s == "\r" {
                out.append("\n")
                previousWasCR = true
            } else {
                if !(s == "\n" && previousWasCR) { out.append(s) }
                previousWasCR = false
            }
        }
        return String(out)
    }

    public var text: String { lines.lazy.map(\.text).joined(separator: "\n") }
    public var lineCount: Int { lines.count }
    public var isModified: Bool { revision != savedRevision }
    public var canUndo: Bool { !history.undoStack.isEmpty }
    public var canRedo: Bool { !history.redoStack.isEmpty }

    /// The text of logical line `i`.
    public func line(_ i: Int) -> String { lines[i].text }

    /// Records that the current text is what the store holds.
    public mutating func markSaved() { savedRevision = revision }

    /// The cursor as a Unicode scalar offset into `text` (the unit of search hits and tag spans).
    /// Walks the line totals before the cursor: a few thousand additions for a long note.
    public var cursorScalarOffset: Int {
        scalarOffset(ofLineStart: cursor.line) + lines[cursor.line].scalarOffset(ofGrapheme: cursor.column)
    }

    func scalarOffset(ofLineStart line: Int) -> Int {
        var offset = 0
        for i in 0..<line { offset += lines[i].scalarCount + 1 }
        return offset
    }

    /// Puts the cursor at a scalar offset into `text`; an offset inside a grapheme goes to its
    /// start, one past the end to the end.
    public mutating func setCursor(scalarOffset: Int) {
        var remaining = max(0, scalarOffset)
        var line = 0
        while line < lines.count - 1 && remaining > lines[line].scalarCount {
            remaining -= lines[line].scalarCount + 1
            line += 1
        }
        let column = lines[line].graphemeIndex(ofScalar: remaining, roundingUp: false)
        moveCursor(to: TextPosition(line: line, column: column))
    }

    /// Puts the cursor at a line and grapheme index, clamped into the text.
    public mutating func setCursor(_ position: TextPosition) {
        let line = min(max(0, position.line), lines.count - 1)
        moveCursor(to: TextPosition(line: line, column: min(max(0, position.column), lines[line].characters.count)))
    }

    mutating func moveCursor(to position: TextPosition, keepingGoal: Bool = false) {
        if position != cursor { history.seal() }
        cursor = position
        if !keepingGoal { goalColumn = nil }
    }

    func point(of position: TextPosition) -> ScalarPoint {
        ScalarPoint(line: position.line, scalar: lines[position.line].scalarOffset(ofGrapheme: position.column))
    }

    func position(of point: ScalarPoint, roundingUp: Bool = true) -> TextPosition {
        TextPosition(line: point.line, column: lines[point.line].graphemeIndex(ofScalar: point.scalar, roundingUp: roundingUp))
    }

    /// The text between two points, newlines included.
    func text(from a: ScalarPoint, to b: ScalarPoint) -> String {
        if a.line == b.line { return String(lines[a.line].slice(scalars: a.scalar..<b.scalar)) }
        var out = String(lines[a.line].slice(scalars: a.scalar..<lines[a.line].scalarCount))
        for i in (a.line + 1)..<b.line {
            out += "\n"
            out += lines[i].text
        }
        out += "\n"
        out += String(lines[b.line].slice(scalars: 0..<b.scalar))
        return out
    }

    /// The one place text changes: replaces `a..<b` by `replacement` and returns where it ends.
    /// Only the touched lines are rebuilt and re-segmented into graphemes.
    @discardableResult
    mutating func replace(from a: ScalarPoint, to b: ScalarPoint, with replacement: String) -> ScalarPoint {
        let first = lines[a.line], last = lines[b.line]
        // Graphemes before the one ending at the edit keep their boundaries; see EditorLine.init(keeping:).
        let kept = max(0, first.graphemeIndex(ofScalar: a.scalar, roundingUp: false) - 1)
        let keptScalars = first.scalarOffset(ofGrapheme: kept)
        let prefixTail = String(first.slice(scalars: keptScalars..<a.scalar))
        let suffix = String(last.slice(scalars: b.scalar..<last.scalarCount))
        let parts = replacement.split(separator: "\n", omittingEmptySubsequences: false)
        var newLines: [EditorLine] = []
        newLines.reserveCapacity(parts.count)
        let end: ScalarPoint
        if parts.count == 1 {
            let middle = String(parts[0])
            newLines.append(EditorLine(keeping: kept, scalars: keptScalars, of: first, then: prefixTail + middle + suffix))
            end = ScalarPoint(line: a.line, scalar: a.scalar + middle.unicodeScalars.count)
        } else {
            newLines.append(EditorLine(keeping: kept, scalars: keptScalars, of: first, then: prefixTail + parts[0]))
            for part in parts.dropFirst().dropLast() { newLines.append(EditorLine(String(part))) }
            let tail = String(parts[parts.count - 1])
            newLines.append(EditorLine(tail + suffix))
            end = ScalarPoint(line: a.line + parts.count - 1, scalar: tail.unicodeScalars.count)
        }
        for i in a.line...b.line {
            scalarCount -= lines[i].scalarCount + 1
            characterCount -= lines[i].characters.count + 1
        }
        for line in newLines {
            scalarCount += line.scalarCount + 1
            characterCount += line.characters.count + 1
        }
        lines.replaceSubrange(a.line...b.line, with: newLines)
        if scrollLine >= lines.count { scrollLine = lines.count - 1; scrollRow = 0 }
        revision += 1
        return end
    }

    /// Applies an edit, records it for undo (merging keystrokes into word-sized steps) and
    /// leaves the cursor after the inserted text.
    mutating func edit(from a: ScalarPoint, to b: ScalarPoint, with replacement: String, kind: EditRecord.Kind) {
        let removed = text(from: a, to: b)
        if removed.isEmpty && replacement.isEmpty { return }
        let before = point(of: cursor)
        let endPoint = replace(from: a, to: b, with: replacement)
        selectionAnchor = nil
        cursor = position(of: endPoint)
        goalColumn = nil
        let after = point(of: cursor)
        let record = EditRecord(kind: kind, start: a, removed: removed, inserted: replacement,
                                cursorBefore: before, cursorAfter: after)
        if !merge(record) { history.push(record) }
    }

    private mutating func merge(_ new: EditRecord) -> Bool {
        guard var last = history.undoStack.last, !last.sealed, last.kind == new.kind else { return false }
        switch new.kind {
        case .typing:
            guard last.cursorAfter == new.cursorBefore,
                  last.inserted.editorEndPoint(from: last.start) == new.start else { return false }
            // A word boundary (space then a letter) starts a new undo step.
            if let previous = last.inserted.last, previous.isWhitespace, !(new.inserted.last?.isWhitespace ?? true) {
                return false
            }
            last.inserted += new.inserted
        case .deleteBackward:
            guard new.removed != "\n", !last.removed.hasPrefix("\n"), last.cursorAfter == new.cursorBefore,
                  new.removed.editorEndPoint(from: new.start) == last.start else { return false }
            last.removed = new.removed + last.removed
            last.start = new.start
        case .deleteForward:
            guard new.removed != "\n", !last.removed.hasSuffix("\n"), last.start == new.start,
                  last.cursorAfter == new.cursorBefore else { return false }
            last.removed += new.removed
        case .other:
            return false
        }
        last.cursorAfter = new.cursorAfter
        history.redoStack.removeAll()
        history.undoStack[history.undoStack.count - 1] = last
        return true
    }

    @discardableResult
    public mutating func undo() -> Bool {
        guard let record = history.undoStack.popLast() else { return false }
        replace(from: record.start, to: record.inserted.editorEndPoint(from: record.start), with: record.removed)
        selectionAnchor = nil
        cursor = position(of: record.cursorBefore)
        goalColumn = nil
        var sealed = record
        sealed.sealed = true
        history.redoStack.append(sealed)
        return true
    }

    @discardableResult
    public mutating func redo() -> Bool {
        guard let record = history.redoStack.popLast() else { return false }
        replace(from: record.start, to: record.removed.editorEndPoint(from: record.start), with: record.inserted)
        selectionAnchor = nil
        cursor = position(of: record.cursorAfter)
        goalColumn = nil
        history.undoStack.append(record)
        return true
    }
}
