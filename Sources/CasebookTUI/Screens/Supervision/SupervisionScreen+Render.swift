import CasebookCore
import TerminalKit

extension SupervisionScreen {
    public static func render(_ state: SupervisionState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        guard !area.isEmpty else { return nil }
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: theme.style(for: .text)))
        renderHeader(state, in: area.row(0), buffer: &buffer, theme: theme)
        let body = area.inset(top: 1, right: 0, bottom: 0, left: 0)
        guard !body.isEmpty else { return nil }
        let leftWidth = body.width * 11 / 20
        let left = Rect(x: body.x, y: body.y, width: leftWidth, height: body.height)
        let right = Rect(x: body.x + leftWidth, y: body.y, width: body.width - leftWidth, height: body.height)
        // Sessions take what they need up to half the column; observations, usually many more, get the rest.
        let sessionsHeight = max(3, min(left.height / 2, state.sessions.count + 2))
        renderSessions(state, in: Rect(x: left.x, y: left.y, width: left.width, height: sessionsHeight), buffer: &buffer, theme: theme)
        renderObservations(state, in: Rect(x: left.x, y: left.y + sessionsHeight, width: left.width, height: left.height - sessionsHeight),
                           buffer: &buffer, theme: theme)
        let cursor = renderQuestions(state, in: right, buffer: &buffer, theme: theme)
        switch state.overlay {
        case .preview(let markdown, let scroll):
            renderPreview(markdown, scroll: scroll, in: body, buffer: &buffer, theme: theme)
            return nil
        case .review(let review):
            renderReview(review, allowed: state.allowed, codeOnly: codeOnly, in: body, buffer: &buffer, theme: theme)
            return nil
        case .export(let prompt):
            return renderExport(prompt, in: body, buffer: &buffer, theme: theme)
        case nil:
            return cursor
        }
    }

    static func renderHeader(_ state: SupervisionState, in row: Rect, buffer: inout Buffer, theme: Theme) {
        let sessions = state.flaggedSessionCount, observations = state.flaggedObservationCount
        var x = CaseworkFormat.put("Supervision · \(state.clientCode)", x: row.x, y: row.y, width: row.width,
                                   style: theme.style(for: .title), buffer: &buffer)
        x = CaseworkFormat.put(" · flagged: \(sessions) session\(sessions == 1 ? "" : "s"), \(observations) observation\(observations == 1 ? "" : "s")",
                               x: x, y: row.y, width: row.right - x, style: theme.style(for: .muted), buffer: &buffer)
        let status = statusText(state)
        let width = displayWidth(of: status)
        guard !status.isEmpty, row.right - width > x + 1 else { return }
        let role: ThemeRole = state.saveError != nil ? .error : state.hasUnsavedQuestions ? .warning : .success
        CaseworkFormat.put(status, x: row.right - width, y: row.y, width: width, style: theme.style(for: role), buffer: &buffer)
    }

    static func listBlock(_ title: String, focused: Bool, theme: Theme) -> Block {
        Block(title: title, borderStyle: theme.style(for: focused ? .borderFocused : .border), titleStyle: theme.style(for: .title))
    }

    static func star(_ flagged: Bool, theme: Theme) -> Span {
        flagged ? Span("★ ", style: theme.style(for: .highlight)) : Span("  ")
    }

    static func renderSessions(_ state: SupervisionState, in area: Rect, buffer: inout Buffer, theme: Theme) {
        let focused = state.overlay == nil && state.editor == nil && state.focus == .sessions
        let block = listBlock("Sessions (\(state.sessions.count)) · f flag", focused: focused, theme: theme)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        guard !state.sessions.isEmpty else {
            Paragraph(text: "No sessions yet.", style: theme.style(for: .muted)).render(in: inner, buffer: &buffer)
            return
        }
        let sessions = state.sessions
        var list = ListState(selected: state.selectedSession)
        ListView(itemCount: sessions.count, highlightStyle: focused ? theme.style(for: .selection) : Style(modifiers: .bold),
                 style: theme.style(for: .text)) { i in
            let session = sessions[i]
            return Line([star(session.flaggedForSupervision, theme: theme),
                         Span("Session \(session.number)".padding(toLength: 12, withPad: " ", startingAt: 0)),
                         Span(CaseworkFormat.day(session.startedAt), style: theme.style(for: .muted)),
                         Span(session.attendance == .attended ? "" : "  " + session.attendance.rawValue, style: theme.style(for: .muted))])
        }.render(in: inner, buffer: &buffer, state: &list)
    }

    static func renderObservations(_ state: SupervisionState, in area: Rect, buffer: inout Buffer, theme: Theme) {
        guard area.height >= 3 else { return }
        let focused = state.overlay == nil && state.editor == nil && state.focus == .observations
        let block = listBlock("Observations (\(state.observations.count)) · Tab here, f flag", focused: focused, theme: theme)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        guard !state.observations.isEmpty else {
            Paragraph(text: "No observations yet: tag the process notes.", style: theme.style(for: .muted)).render(in: inner, buffer: &buffer)
            return
        }
        let observations = state.observations
        let tagWidth = min(18, max(8, inner.width / 4))
        var list = ListState(selected: state.selectedObservation)
        ListView(itemCount: observations.count, highlightStyle: focused ? theme.style(for: .selection) : Style(modifiers: .bold),
                 style: theme.style(for: .text)) { i in
            let detail = observations[i]
            let evidence = CaseworkFormat.firstLine(detail.observation.evidence)
            return Line([star(detail.observation.flaggedForSupervision, theme: theme),
                         Span(Truncation.fit(detail.tag.name, toWidth: tagWidth) + " ",
                              style: theme.style(for: ThemeRole.tag(category: detail.tag.category.rawValue))),
                         Span("S\(detail.sessionNumber)".padding(toLength: 5, withPad: " ", startingAt: 0), style: theme.style(for: .muted)),
                         Span(evidence.isEmpty ? "(no evidence)" : evidence)])
        }.render(in: inner, buffer: &buffer, state: &list)
    }

    static func renderQuestions(_ state: SupervisionState, in area: Rect, buffer: inout Buffer, theme: Theme) -> Position? {
        let editing = state.editor != nil
        let hint = editing ? " · Esc done" : " · e edit"
        // Narrow columns drop the hint, then the long name, rather than cut the title mid-word.
        let title = ["Questions for supervision" + hint, "Questions for supervision", "Questions" + hint, "Questions"]
            .first { displayWidth(of: $0) + 4 <= area.width } ?? "Questions"
        let block = Block(title: title,
                          borderStyle: theme.style(for: editing ? .borderFocused : .border), titleStyle: theme.style(for: .title))
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area).inset(horizontal: 1, vertical: 0)
        guard !inner.isEmpty else { return nil }
        if var editor = state.editor {
            return TextEditorView(style: theme.style(for: .text), cursorStyle: theme.style(for: .cursor),
                                  selectionStyle: theme.style(for: .selection))
                .render(&editor, in: inner, buffer: &buffer)
        }
        if state.questions.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            Paragraph(text: "None written yet. What do you want to bring to supervision? Press e to write.",
                      style: theme.style(for: .muted)).render(in: inner, buffer: &buffer)
        } else {
            Paragraph(text: state.questions, style: theme.style(for: .text)).render(in: inner, buffer: &buffer)
        }
        var help = ["b preview brief", "r review names", "x export"]
        if inner.height < 8 { help = [help.joined(separator: " · ")] }
        for (i, line) in help.enumerated() where inner.height > help.count + 2 {
            CaseworkFormat.put(line, x: inner.x, y: inner.bottom - help.count + i, width: inner.width,
                               style: theme.style(for: .muted), buffer: &buffer)
        }
        return nil
    }

    /// The preview's text area inside an area of `size` (the tab less its header, less the frame).
    static func previewTextSize(_ size: Size?) -> Size {
        let size = size ?? Size(width: 80, height: 24)
        return Size(width: max(1, size.width - 4), height: max(1, size.height - 3))
    }

    static func maxPreviewScroll(_ markdown: String, _ size: Size?) -> Int {
        let text = previewTextSize(size)
        return max(0, Paragraph(text: markdown).rowCount(width: text.width) - text.height)
    }

    static func renderPreview(_ markdown: String, scroll: Int, in area: Rect, buffer: inout Buffer, theme: Theme) {
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: theme.style(for: .text)))
        let block = Block(title: "Brief preview · de-identified Markdown · j/k scroll · Esc close",
                          borderStyle: theme.style(for: .borderFocused), titleStyle: theme.style(for: .title))
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area).inset(horizontal: 1, vertical: 0)
        guard !inner.isEmpty else { return }
        let paragraph = Paragraph(text: markdown, style: theme.style(for: .text))
        let top = max(0, min(scroll, paragraph.rowCount(width: inner.width) - inner.height))
        Paragraph(text: markdown, style: theme.style(for: .text), scroll: top).render(in: inner, buffer: &buffer)
    }

    static func renderReview(_ review: SupervisionReview, allowed: Set<String>, codeOnly: Bool, in area: Rect, buffer: inout Buffer, theme: Theme) {
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: theme.style(for: .text)))
        let block = Block(title: "Name review before export · Space: not a name · Esc close",
                          borderStyle: theme.style(for: .borderFocused), titleStyle: theme.style(for: .title))
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area).inset(horizontal: 1, vertical: 0)
        guard !inner.isEmpty else { return }
        if review.review.isEmpty {
            Paragraph(text: "Nothing to check: no capitalised word looks like an unknown name, and no name that is also a word was replaced.",
                      style: theme.style(for: .muted)).render(in: inner, buffer: &buffer)
            return
        }
        var lines: [(line: Line, row: Int?)] = []
        let candidates = review.review.nameCandidates
        lines.append((Line("Capitalised words that might be names (\(candidates.count)):", style: theme.style(for: .accent)), nil))
        if candidates.isEmpty { lines.append((Line("  none", style: theme.style(for: .muted)), nil)) }
        for (i, word) in candidates.enumerated() {
            let isAllowed = allowed.contains(word)
            lines.append((Line([Span(isAllowed ? "  [x] " : "  [ ] "), Span(word),
                                Span(isAllowed ? "  not a name: left out of the next review" : "", style: theme.style(for: .muted))]), i))
        }
        lines.append((Line(""), nil))
        let replacements = review.review.ambiguousReplacements
        lines.append((Line("Names that are also words, replaced (\(replacements.count)):", style: theme.style(for: .accent)), nil))
        if replacements.isEmpty { lines.append((Line("  none", style: theme.style(for: .muted)), nil)) }
        for (i, replacement) in replacements.enumerated() {
            // The replaced word is a real name: with codes only on screen, the redacted examples must do.
            let word = codeOnly ? "(a name)" : replacement.name
            var text = "  \(word) → \(replacement.replacement) (\(replacement.count)×)"
            if let example = replacement.examples.first { text += ": " + example.split(whereSeparator: \.isNewline).joined(separator: " ") }
            lines.append((Line(text), candidates.count + i))
        }
        let selectedLine = lines.firstIndex { $0.row == review.selected } ?? 0
        let scroll = max(0, selectedLine - inner.height + 1)
        for (offset, entry) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            let y = inner.y + offset
            if entry.row == review.selected {
                buffer.fill(area: Rect(x: inner.x, y: y, width: inner.width, height: 1),
                            cell: Cell(grapheme: " ", width: 1, style: theme.style(for: .selection)))
            }
            buffer.setLine(x: inner.x, y: y, entry.line, maxWidth: inner.width)
            if entry.row == review.selected {
                buffer.setStyle(area: Rect(x: inner.x, y: y, width: inner.width, height: 1), style: theme.style(for: .selection))
            }
        }
    }

    static func renderExport(_ prompt: SupervisionExportPrompt, in area: Rect, buffer: inout Buffer, theme: Theme) -> Position? {
        let box = area.centered(Size(width: min(area.width, 72), height: min(area.height, 9)))
        buffer.fill(area: box, cell: Cell(grapheme: " ", width: 1, style: theme.style(for: .text)))
        let block = Block(title: "Export the de-identified supervision brief", borderStyle: theme.style(for: .borderFocused),
                          titleStyle: theme.style(for: .title))
        block.render(in: box, buffer: &buffer)
        let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
        guard inner.height >= 2 else { return nil }
        var cursor: Position?
        switch prompt.step {
        case .format:
            CaseworkFormat.put("Format: m Markdown (.md) · h HTML (.html, prints well)", x: inner.x, y: inner.y, width: inner.width,
                               style: theme.style(for: .text), buffer: &buffer)
        case .path:
            CaseworkFormat.put("Format: \(prompt.format == .markdown ? "Markdown" : "HTML") · file (Enter writes):", x: inner.x, y: inner.y,
                               width: inner.width, style: theme.style(for: .text), buffer: &buffer)
            var path = prompt.path
            TextInput(style: theme.style(for: .accent), cursorStyle: theme.style(for: .cursor))
                .render(in: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: 1), buffer: &buffer, state: &path)
            cursor = path.cursorPosition
        }
        let body = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: max(0, inner.height - 3))
        if let error = prompt.error {
            Paragraph(text: error, style: theme.style(for: .error)).render(in: body, buffer: &buffer)
        } else {
            Paragraph(text: "Written readable only by you (0600), never over an existing file, and logged as a disclosure. Esc cancels.",
                      style: theme.style(for: .muted)).render(in: body, buffer: &buffer)
        }
        return cursor
    }
}
