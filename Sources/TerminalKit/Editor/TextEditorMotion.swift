/// Cursor movement. Up, down, home and end follow screen rows of the wrapped text, at the width
/// the view last drew; before any render each logical line is one row.
extension TextEditorState {
    mutating func layout(ofLine i: Int) -> LineLayout {
        lines[i].layout(width: wrapWidth > 0 ? wrapWidth : Int.max / 4)
    }

    /// Display column of the cursor within its screen row.
    mutating func cursorRowColumn() -> (row: Int, column: Int) {
        let layout = layout(ofLine: cursor.line)
        let row = layout.row(of: cursor.column)
        let chars = lines[cursor.line].characters
        var column = 0
        for k in layout.rowStarts[row]..<cursor.column { column += displayWidth(of: chars[k]) }
        return (row, column)
    }

    public mutating func moveLeft() {
        if cursor.column > 0 {
            moveCursor(to: TextPosition(line: cursor.line, column: cursor.column - 1))
        } else if cursor.line > 0 {
            moveCursor(to: TextPosition(line: cursor.line - 1, column: lines[cursor.line - 1].characters.count))
        }
    }

    public mutating func moveRight() {
        if cursor.column < lines[cursor.line].characters.count {
            moveCursor(to: TextPosition(line: cursor.line, column: cursor.column + 1))
        } else if cursor.line + 1 < lines.count {
            moveCursor(to: TextPosition(line: cursor.line + 1, column: 0))
        }
    }

    public mutating func moveUp() { moveVertically(by: -1) }
    public mutating func moveDown() { moveVertically(by: 1) }
    public mutating func pageUp(height: Int) { moveVertically(by: -max(1, height)) }
    public mutating func pageDown(height: Int) { moveVertically(by: max(1, height)) }

    /// Moves by screen rows, aiming at the goal column kept since the last horizontal move.
    /// At the first row it goes to the start of the text, at the last row to its end.
    mutating func moveVertically(by rows: Int) {
        let (startRow, startColumn) = cursorRowColumn()
        let goal = goalColumn ?? startColumn
        var line = cursor.line
        var row = startRow
        var remaining = abs(rows)
        while remaining > 0 {
            if rows > 0 {
                if row + 1 < layout(ofLine: line).rowCount {
                    row += 1
                } else if line + 1 < lines.count {
                    line += 1
                    row = 0
                } else {
                    moveCursor(to: TextPosition(line: line, column: lines[line].characters.count))
                    return
                }
            } else {
                if row > 0 {
                    row -= 1
                } else if line > 0 {
                    line -= 1
                    row = layout(ofLine: line).rowCount - 1
                } else {
                    moveCursor(to: TextPosition(line: 0, column: 0))
                    return
                }
            }
            remaining -= 1
        }
        let target = column(nearest: goal, inRow: row, ofLine: line)
        moveCursor(to: TextPosition(line: line, column: target), keepingGoal: true)
        goalColumn = goal
    }

    /// The cursor index in a screen row whose display column is closest to `goal` without passing it.
    mutating func column(nearest goal: Int, inRow row: Int, ofLine line: Int) -> Int {
        let layout = layout(ofLine: line)
        let chars = lines[line].characters
        let last = layout.lastCursorIndex(ofRow: row)
        var k = layout.rowStarts[row]
        var column = 0
        while k < last {
            let w = displayWidth(of: chars[k])
            if column + w > goal { break }
            column += w
            k += 1
        }
        return k
    }

    /// Start of the cursor's screen row.
    public mutating func moveToLineStart() {
        let layout = layout(ofLine: cursor.line)
        moveCursor(to: TextPosition(line: cursor.line, column: layout.rowStarts[layout.row(of: cursor.column)]))
    }

    /// End of the cursor's screen row (of the logical line on its last row).
    public mutating func moveToLineEnd() {
        let layout = layout(ofLine: cursor.line)
        moveCursor(to: TextPosition(line: cursor.line, column: layout.lastCursorIndex(ofRow: layout.row(of: cursor.column))))
    }

    public mutating func moveToDocumentStart() {
        moveCursor(to: TextPosition(line: 0, column: 0))
    }

    public mutating func moveToDocumentEnd() {
        moveCursor(to: TextPosition(line: lines.count - 1, column: lines[lines.count - 1].characters.count))
    }

    /// To the start of the word before the cursor; words are letters and digits of any script.
    public mutating func moveWordLeft() { moveCursor(to: wordLeftPosition(from: cursor)) }

    /// To the end of the word after the cursor.
    public mutating func moveWordRight() { moveCursor(to: wordRightPosition(from: cursor)) }

    func wordLeftPosition(from position: TextPosition) -> TextPosition {
        if position.column == 0 {
            guard position.line > 0 else { return position }
            return TextPosition(line: position.line - 1, column: lines[position.line - 1].characters.count)
        }
        let chars = lines[position.line].characters
        var k = position.column
        while k > 0, !Self.isWordCharacter(chars[k - 1]) { k -= 1 }
        while k > 0, Self.isWordCharacter(chars[k - 1]) { k -= 1 }
        return TextPosition(line: position.line, column: k)
    }

    func wordRightPosition(from position: TextPosition) -> TextPosition {
        let chars = lines[position.line].characters
        if position.column == chars.count {
            guard position.line + 1 < lines.count else { return position }
            return TextPosition(line: position.line + 1, column: 0)
        }
        var k = position.column
        while k < chars.count, !Self.isWordCharacter(chars[k]) { k += 1 }
        while k < chars.count, Self.isWordCharacter(chars[k]) { k += 1 }
        return TextPosition(line: position.line, column: k)
    }
}
