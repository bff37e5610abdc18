import TerminalKit

/// The sentence under the editor's cursor, without its inline `#tags`: the default evidence of
/// a manual observation added while writing.
enum SentenceAtCursor {
    static func sentence(in editor: TextEditorState) -> String {
        let line = Array(editor.line(editor.cursor.line))
        guard !line.isEmpty else { return "" }
        let column = min(editor.cursor.column, line.count)
        // A sentence ends at . ! ? … followed by a space.
        var starts = [0]
        for k in 0..<(line.count - 1) where ".!?…".contains(line[k]) && line[k + 1].isWhitespace {
            starts.append(k + 1)
        }
        var index = starts.lastIndex { $0 <= column } ?? 0
        func text(_ i: Int) -> String {
            let end = i + 1 < starts.count ? starts[i + 1] : line.count
            return String(line[starts[i]..<end]).split(whereSeparator: \.isWhitespace)
                .filter { !($0.hasPrefix("#") && $0.count > 1) }
                .joined(separator: " ")
        }
        // After the last full stop of a line, the sentence just finished is meant.
        while index > 0, text(index).isEmpty { index -= 1 }
        return text(index)
    }
}
