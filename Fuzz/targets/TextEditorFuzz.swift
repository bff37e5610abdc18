/// libFuzzer target: the note editor. The bytes are a sequence of edits (typing, pastes of raw
/// or awkward text, deletions, motions, selections, undo/redo, rendering at odd sizes) replayed
/// against a plain array of scalars with a cursor. After every step the editor's text, cursor
/// and counts must agree with that model; at the end, undoing everything must give back the
/// note as it was and redoing it all must give back the last text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var input = FuzzInput(data, size)
    let original = input.text() + input.text()
    var state = TextEditorState(text: original)
    var model = EditorModel(scalars: Array(TextEditorState.normalizingLineEndings(original).unicodeScalars), cursor: 0)
    var seen: Set<String> = [model.string]
    var steps = 0
    while !input.isEmpty && steps < 400 {
        steps += 1
        switch input.below(20) {
        case 0..<6:
            let text = input.text()
            state.insert(text)
            model.insert(TextEditorState.normalizingLineEndings(text))
        case 6:
            state.insertNewline()
            model.insert("\n")
        case 7, 8:
            state.deleteBackward()
            model.deleteBackward()
        case 9:
            state.deleteForward()
            model.deleteForward()
        case 10:
            state.moveLeft()
            model.moveLeft()
        case 11:
            state.moveRight()
            model.moveRight()
        case 12:
            state.moveToDocumentStart()
            model.cursor = 0
        case 13:
            state.moveToDocumentEnd()
            model.cursor = model.scalars.count
        case 14, 15:
            switch input.below(10) {
            case 0: state.moveUp()
            case 1: state.moveDown()
            case 2: state.moveWordLeft()
            case 3: state.moveWordRight()
            case 4: state.moveToLineStart()
            case 5: state.moveToLineEnd()
            case 6: state.deleteWordBackward()
            case 7: state.startSelection()
            case 8: state.clearSelection()
            default: state.selectAll()
            }
            model = EditorModel(resyncedFrom: state)
            check(model.boundaries.contains(model.cursor), "cursor inside a grapheme")
        case 16:
            let width = 1 + input.below(40)
            let height = 1 + input.below(12)
            var buffer = Buffer(size: Size(width: width, height: height))
            let position = TextEditorView().render(&state, in: buffer.area, buffer: &buffer)
            check(position.map { buffer.area.contains($0) } ?? false, "cursor drawn outside the editor")
            for y in 0..<height {
                for x in 0..<width {
                    let cell = buffer[x, y]
                    check(!cell.grapheme.unicodeScalars.contains { $0.value < 0x20 || (0x7f...0x9f).contains($0.value) }, "control drawn")
                    check(cell.grapheme.count <= 1, "a cell holds \(cell.grapheme.count) graphemes")
                    if cell.width == 2 { check(x + 1 < width && buffer[x + 1, y].isContinuation, "wide cell not paired") }
                }
            }
        case 17, 18:
            state.undo()
            model = EditorModel(resyncedFrom: state)
            check(seen.contains(model.string), "undo made a text never seen")
        default:
            state.redo()
            model = EditorModel(resyncedFrom: state)
            check(seen.contains(model.string), "redo made a text never seen")
        }
        let text = state.text
        seen.insert(text)
        check(text == model.string, "text differs from the model")
        check(state.cursorScalarOffset == model.cursor, "cursor differs from the model")
        check(model.anchorOffset(in: state) == model.anchor, "selection differs from the model")
        check(state.scalarCount == text.unicodeScalars.count, "scalar count stale")
        check(state.characterCount == text.count, "character count stale")
        check(state.lineCount == text.split(separator: "\n", omittingEmptySubsequences: false).count, "line count stale")
    }
    let final = state.text
    var undone = 0
    while state.undo() { undone += 1 }
    if undone < EditHistory.limit {
        check(state.text == TextEditorState.normalizingLineEndings(original), "undo all did not restore the note")
    }
    for _ in 0..<undone { check(state.redo(), "redo ran out") }
    check(state.text == final, "redo all did not return to the last text")
    return 0
}

/// The editor as a plain array of scalars with a cursor at a grapheme boundary.
struct EditorModel {
    var scalars: [Unicode.Scalar]
    var cursor: Int
    var anchor: Int?

    init(scalars: [Unicode.Scalar], cursor: Int, anchor: Int? = nil) {
        self.scalars = scalars
        self.cursor = cursor
        self.anchor = anchor
    }

    init(resyncedFrom state: TextEditorState) {
        self.init(scalars: Array(state.text.unicodeScalars), cursor: state.cursorScalarOffset)
        anchor = anchorOffset(in: state)
    }

    func anchorOffset(in state: TextEditorState) -> Int? {
        state.selectionAnchor.map { state.scalarOffset(ofLineStart: $0.line) + state.lines[$0.line].scalarOffset(ofGrapheme: $0.column) }
    }

    var string: String { String(String.UnicodeScalarView(scalars)) }

    /// Scalar offsets where the graphemes of the whole text start or end.
    var boundaries: [Int] {
        var result = [0]
        var offset = 0
        for c in string {
            offset += c.unicodeScalars.count
            result.append(offset)
        }
        return result
    }

    func roundedUp(_ offset: Int) -> Int { boundaries.first { $0 >= offset } ?? scalars.count }

    mutating func removeSelection() -> Bool {
        guard let anchor, anchor != cursor else { return false }
        let range = min(anchor, cursor)..<max(anchor, cursor)
        scalars.removeSubrange(range)
        cursor = range.lowerBound
        self.anchor = nil
        return true
    }

    mutating func insert(_ text: String) {
        guard !text.isEmpty else { return }
        _ = removeSelection()
        anchor = nil
        let clean = Array(text.unicodeScalars)
        scalars.insert(contentsOf: clean, at: cursor)
        cursor = roundedUp(cursor + clean.count)
    }

    mutating func deleteBackward() {
        if removeSelection() { cursor = roundedUp(cursor); return }
        guard let previous = boundaries.last(where: { $0 < cursor }) else { return }
        scalars.removeSubrange(previous..<cursor)
        anchor = nil
        cursor = roundedUp(previous)
    }

    mutating func deleteForward() {
        if removeSelection() { cursor = roundedUp(cursor); return }
        guard let next = boundaries.first(where: { $0 > cursor }) else { return }
        scalars.removeSubrange(cursor..<next)
        anchor = nil
        cursor = roundedUp(cursor)
    }

    mutating func moveLeft() { cursor = boundaries.last { $0 < cursor } ?? cursor }
    mutating func moveRight() { cursor = boundaries.first { $0 > cursor } ?? cursor }
}
