import TerminalKit

/// Where each part of the screen goes at a size. Update uses it to keep selections in view
/// (page moves, resize) and views use it to draw, so both agree on how many rows fit.
public enum ScreenGeometry {
    /// Everything above the status line and the key-hint bar.
    public static func body(_ size: Size) -> Rect {
        Rect(x: 0, y: 0, width: size.width, height: max(0, size.height - 2))
    }

    public static func statusRow(_ size: Size) -> Rect {
        Rect(x: 0, y: max(0, size.height - 2), width: size.width, height: size.height >= 2 ? 1 : 0)
    }

    public static func hintRow(_ size: Size) -> Rect {
        Rect(x: 0, y: max(0, size.height - 1), width: size.width, height: size.height >= 1 ? 1 : 0)
    }

    /// Clients screen: a toolbar row (filter, sort, count), then the list and the preview side by side.
    public static func clients(_ size: Size) -> (toolbar: Rect, list: Rect, preview: Rect) {
        let body = body(size)
        let toolbar = body.row(0)
        let panes = body.inset(top: 1, right: 0, bottom: 0, left: 0)
        let previewWidth = size.width >= 110 ? size.width / 3 : max(28, size.width * 2 / 5)
        let parts = Layout.horizontal([.fill(1), .length(previewWidth)]).split(panes)
        return (toolbar, parts[0], parts[1])
    }

    /// Rows of clients visible in the list (inside the border, under the column header).
    public static func clientRows(_ size: Size) -> Int { max(1, clients(size).list.height - 3) }

    /// Client screen: a header row, the tab row, then the tab's content.
    public static func client(_ size: Size) -> (header: Rect, tabs: Rect, content: Rect) {
        let body = body(size)
        return (body.row(0), body.row(1), body.inset(top: 2, right: 0, bottom: 0, left: 0))
    }

    /// A hosted screen (Timeline, Search, …) draws in the whole body.
    public static func componentArea(_ size: Size) -> Rect { body(size) }

    public static func sessionRows(_ size: Size) -> Int { max(1, client(size).content.height - 3) }
}
