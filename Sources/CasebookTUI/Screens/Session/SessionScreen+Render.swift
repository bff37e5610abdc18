import CasebookCore
import Foundation
import TerminalKit

extension SessionScreen {
    /// Draws the screen into `area` and returns where the terminal cursor goes (nil: hidden).
    public static func render(
        _ state: SessionScreenState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool
    ) -> Position? {
        guard !area.isEmpty else { return nil }
        let base = theme.style(for: .background).patched(with: theme.style(for: .text))
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: base))
        let layout = SessionLayout(area: area, amendmentCount: state.amendments.count, faultRows: faultRows(state, width: area.width))
        SessionHeaderView.render(state, in: layout.header, buffer: &buffer, theme: theme, codeOnly: codeOnly)

        var editor = state.draft.editor
        let view = TextEditorView(
            style: base, highlights: highlights(state, theme: theme), cursorStyle: nil,
            selectionStyle: theme.style(for: .selection))
        let editorCursor = view.render(&editor, in: layout.editor, buffer: &buffer)
        if editor.scalarCount == 0 && !layout.editor.isEmpty {
            let hint = state.isSigned
                ? "(empty; signed)"
                : state.layer == .process
                    ? "Process note: material, associations, dreams. #tag codes a sentence (#humor? #shame!)."
                    : "Record note: attendance, interventions, risk, plan."
            buffer.setString(
                x: layout.editor.x, y: layout.editor.y, Truncation.truncate(hint, toWidth: layout.editor.width),
                style: base.patched(with: theme.style(for: .muted)))
        }
        renderAmendments(state, in: layout.amendments, buffer: &buffer, theme: theme)
        renderFault(state, in: layout.fault, buffer: &buffer, theme: theme)
        ObservationsPaneView.render(state, in: layout.pane, beside: layout.paneBeside, buffer: &buffer, theme: theme)

        var cursor: Position? = state.focus == .editor && state.overlay == nil ? editorCursor : nil
        if state.overlay == nil, state.focus == .editor, let completion = state.completion, !completion.matches.isEmpty,
            let at = editorCursor
        {
            renderCompletion(completion, at: at, in: area, buffer: &buffer, theme: theme)
            cursor = at
        }
        if let overlay = state.overlay {
            cursor = SessionOverlayView.render(overlay, state: state, in: area, buffer: &buffer, theme: theme)
        }
        return cursor
    }

    /// The inline tags of the process note in their category colours; tags the codebook does
    /// not know (or cannot settle) in the unknown style.
    static func highlights(_ state: SessionScreenState, theme: Theme) -> [(range: Range<Int>, style: Style)] {
        guard state.layer == .process else { return [] }
        // Styles looked up once per frame, not once per tag: a long note holds a thousand tags.
        var styles: [TagCategory: Style] = [:]
        for category in TagCategory.allCases { styles[category] = theme.style(for: .tag(category: category.rawValue)) }
        let unknown = theme.style(for: .tagUnknown)
        return state.marks.marks.map { mark in
            let category = state.codebook.category(ofCategory: mark.category, slug: mark.slug)
            return (mark.span, category.flatMap { styles[$0] } ?? unknown)
        }
    }

    static func renderAmendments(_ state: SessionScreenState, in area: Rect, buffer: inout Buffer, theme: Theme) {
        guard !area.isEmpty else { return }
        let border = theme.style(for: .border)
        buffer.setString(x: area.x, y: area.y, String(repeating: "─", count: area.width), style: border)
        buffer.setString(x: area.x + 1, y: area.y, " Amendments (\(state.amendments.count)) ", style: theme.style(for: .title))
        let shown = state.amendments.suffix(area.height - 1)
        for (row, amendment) in shown.enumerated() {
            let label = "\(SessionFormat.dateTime(amendment.createdAt)) \(amendment.layer == .process ? "P" : "R") "
            let body = amendment.body.split(whereSeparator: \.isNewline).joined(separator: " ")
            let y = area.y + 1 + row
            let used = buffer.setString(x: area.x + 1, y: y, label, style: theme.style(for: .muted))
            buffer.setString(
                x: area.x + 1 + used, y: y, Truncation.truncate(body, toWidth: max(0, area.width - 2 - used)),
                style: theme.style(for: .text))
        }
    }

    /// The `#` popup under the cursor (above it when there is no room below).
    static func renderCompletion(_ picker: FuzzyPickerState, at cursor: Position, in area: Rect, buffer: inout Buffer, theme: Theme) {
        let width = min(40, area.width)
        let height = min(picker.matches.count + 3, 10, area.height)
        var y = cursor.y + 1
        if y + height > area.bottom { y = max(area.y, cursor.y - height) }
        let x = max(area.x, min(cursor.x - 2, area.right - width))
        var copy = picker
        let view = FuzzyPickerView(
            style: theme.style(for: .background).patched(with: theme.style(for: .text)),
            borderStyle: theme.style(for: .borderFocused), matchStyle: theme.style(for: .highlight),
            selectedStyle: theme.style(for: .selection), detailStyle: theme.style(for: .muted), prompt: "#",
            title: "tag · Enter inserts · Esc")
        _ = view.render(&copy, in: Rect(x: x, y: y, width: width, height: height), buffer: &buffer)
    }
}
