import CasebookCore
import Foundation
import TerminalKit

/// The box that asks before quitting with unsaved text: what is unsaved and why, where the
/// recovery file goes, and the keys. After writing, the file's path, so it can be found.
enum QuitGuardView {
    static func render(_ box: QuitGuardState, state: AppState, buffer: inout Buffer, theme: Theme) {
        let body = ScreenGeometry.body(state.size)
        let base = theme.style(for: .background)
        let text = base.patched(with: theme.style(for: .text))
        let key = base.patched(with: theme.style(for: .title))
        let alarm = base.patched(with: theme.style(for: .error))
        let muted = base.patched(with: theme.style(for: .muted))
        let drafts = state.unsavedDrafts
        var lines: [Line] = []
        if let path = box.writtenPath {
            let url = URL(fileURLWithPath: path)
            lines.append(Line("The unsaved text was written to a recovery file only you can read:", style: text))
            lines.append(Line([Span("folder  ", style: muted), Span(url.deletingLastPathComponent().path, style: key)]))
            lines.append(Line([Span("file    ", style: muted), Span(url.lastPathComponent, style: key)]))
            lines.append(Line(""))
            lines.append(Line("Copy it back into Casebook once the database is writable, then delete the file.", style: text))
            lines.append(Line("Casebook and `casebook check` remind you while it exists.", style: muted))
            lines.append(Line(""))
            lines.append(Line([Span("any key", style: key), Span("  quit", style: text)]))
        } else if drafts.isEmpty {
            lines.append(Line("Everything is saved now.", style: text))
            lines.append(Line(""))
            lines.append(Line([Span("any key", style: key), Span("  quit", style: text)]))
        } else {
            let count = drafts.count == 1 ? "1 text is" : "\(drafts.count) texts are"
            lines.append(Line("\(count) NOT saved in the database:", style: alarm))
            for draft in drafts.prefix(5) { lines.append(Line("  · " + draft.title, style: text)) }
            if drafts.count > 5 { lines.append(Line("  · and \(drafts.count - 5) more", style: text)) }
            lines.append(Line(state.unsavedSummary, style: muted))
            if let error = box.writeError { lines.append(Line(error, style: alarm)) }
            lines.append(Line(""))
            lines.append(Line([Span("w", style: key), Span("    write them to a recovery file and quit", style: text)]))
            lines.append(Line("     in the database's folder if it can; only you can read it", style: muted))
            lines.append(Line([Span("Esc", style: key), Span("  stay: the text is kept and saving retries", style: text)]))
            lines.append(Line([Span("D", style: key), Span("    quit and lose them", style: text)]))
        }
        let widest = lines.map(\.width).max() ?? 40
        let width = max(1, min(body.width - 2, max(50, widest + 4)))
        let textWidth = max(1, width - 4)
        let rows = lines.reduce(0) { $0 + max(1, ($1.width + textWidth - 1) / textWidth) }
        let height = min(body.height, rows + 2)
        let area = body.centered(Size(width: width, height: height))
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: base))
        let block = Block(title: "Unsaved text", border: .rounded, borderStyle: theme.style(for: .error),
                          titleStyle: theme.style(for: .title), style: base)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area).inset(top: 0, right: 1, bottom: 0, left: 1)
        Paragraph(lines, wrap: true, style: base).render(in: inner, buffer: &buffer)
    }
}
