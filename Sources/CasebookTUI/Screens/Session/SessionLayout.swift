import TerminalKit

/// Where the parts of the session screen go in its area. Update uses it too (to keep the
/// editor's wrapping and scroll in step with the screen), so both agree by construction.
struct SessionLayout: Hashable, Sendable {
    /// From this width the observations pane stands beside the note; below it, under it.
    static let sideBySideWidth = 100

    var header: Rect
    /// Rows above the note warning that it is not saved; empty while saves succeed.
    var fault: Rect
    var editor: Rect
    /// Rows under the note listing amendments of a signed note.
    var amendments: Rect
    /// The whole pane, title row included.
    var pane: Rect
    var paneBeside: Bool

    init(area: Rect, amendmentCount: Int = 0, faultRows: Int = 0) {
        header = area.row(0)
        let rows = min(faultRows, max(0, area.height - 2))
        fault = Rect(x: area.x, y: area.y + min(1, area.height), width: area.width, height: rows)
        let body = area.inset(top: min(1, area.height) + rows, right: 0, bottom: 0, left: 0)
        paneBeside = area.width >= Self.sideBySideWidth
        var note: Rect
        if paneBeside {
            let paneWidth = max(34, area.width * 35 / 100)
            pane = Rect(x: body.right - paneWidth, y: body.y, width: paneWidth, height: body.height)
            note = Rect(x: body.x, y: body.y, width: body.width - paneWidth, height: body.height)
        } else {
            let paneHeight = body.height >= 10 ? max(4, body.height * 2 / 5) : max(0, body.height / 2)
            pane = Rect(x: body.x, y: body.bottom - paneHeight, width: body.width, height: paneHeight)
            note = Rect(x: body.x, y: body.y, width: body.width, height: body.height - paneHeight)
        }
        let amendmentRows = amendmentCount == 0 ? 0 : min(amendmentCount + 1, note.height / 3)
        amendments = Rect(x: note.x, y: note.bottom - amendmentRows, width: note.width, height: amendmentRows)
        // One column of margin on each side of the note text.
        editor = Rect(x: note.x + 1, y: note.y, width: note.width - 2, height: note.height - amendmentRows)
    }
}
