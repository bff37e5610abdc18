import CasebookCore
import TerminalKit

extension EpisodesScreen {
    /// Display rows: a header per session, then two rows per episode (narrative, then W/RO/RS).
    enum Row { case session(Int64), narrative(Int), labels(Int) }

    static func rows(_ state: EpisodesState) -> [Row] {
        var rows: [Row] = []
        var last: Int64?
        for (i, episode) in state.episodes.enumerated() {
            if episode.sessionID != last {
                rows.append(.session(episode.sessionID))
                last = episode.sessionID
            }
            rows.append(.narrative(i))
            rows.append(.labels(i))
        }
        return rows
    }

    public static func render(_ state: EpisodesState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        guard !area.isEmpty else { return nil }
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: theme.style(for: .text)))
        let block = Block(title: "Relationship episodes (CCRT) · \(state.episodes.count)", borderStyle: theme.style(for: .border),
                          titleStyle: theme.style(for: .title))
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area)
        if state.episodes.isEmpty {
            Paragraph(text: "No relationship episodes yet. Press a to add one: session, who, what happened, then the wish, the other's response and the self's response.",
                      style: theme.style(for: .muted)).render(in: inner, buffer: &buffer)
        } else if !inner.isEmpty {
            renderList(state, in: inner, buffer: &buffer, theme: theme)
        }
        if let draft = state.draft { return renderFlow(draft, state: state, in: area, buffer: &buffer, theme: theme) }
        if let id = state.confirmingRemoval, let episode = state.episodes.first(where: { $0.id == id }) {
            let first = CaseworkFormat.firstLine(episode.narrative)
            Dialog(title: "Remove episode", body: "Remove this episode with \(state.figureLabel(episode.figureID))?  y remove · n keep\(first.isEmpty ? "" : "\n\n“\(first)”")",
                   buttons: ["Remove", "Keep"], style: theme.style(for: .text), borderStyle: theme.style(for: .border),
                   selectedButtonStyle: theme.style(for: .selection)).render(in: area, buffer: &buffer)
        }
        return nil
    }

    static func renderList(_ state: EpisodesState, in inner: Rect, buffer: inout Buffer, theme: Theme) {
        let rows = rows(state)
        let selectedRow = rows.firstIndex { if case .narrative(let i) = $0 { return i == state.selected } else { return false } } ?? 0
        var scroll = max(0, selectedRow + 2 - inner.height)
        if selectedRow > 0, case .session = rows[selectedRow - 1], scroll == selectedRow { scroll -= 1 }
        // Never start on the second row of an episode, which would read as belonging to the one above.
        if rows.indices.contains(scroll), case .labels = rows[scroll], scroll < selectedRow { scroll += 1 }
        let figureWidth = min(16, max(9, inner.width / 6))
        for (offset, row) in rows.dropFirst(scroll).prefix(inner.height).enumerated() {
            let y = inner.y + offset
            switch row {
            case .session(let id):
                let session = state.session(id: id)
                let title = session.map { "Session \($0.number) · \(CaseworkFormat.day($0.startedAt))" } ?? "Session"
                CaseworkFormat.put(title, x: inner.x, y: y, width: inner.width,
                                   style: theme.style(for: .accent).patched(with: Style(modifiers: .bold)), buffer: &buffer)
            case .narrative(let i), .labels(let i):
                let episode = state.episodes[i]
                let base = i == state.selected ? theme.style(for: .selection) : theme.style(for: .text)
                if i == state.selected { buffer.setStyle(area: Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base) }
                let x = inner.x + 2 + figureWidth + 1
                if case .narrative = row {
                    CaseworkFormat.put(state.figureLabel(episode.figureID), x: inner.x + 2, y: y, width: figureWidth,
                                       style: base.patched(with: Style(modifiers: .bold)), buffer: &buffer)
                    let first = CaseworkFormat.firstLine(episode.narrative)
                    CaseworkFormat.put(first.isEmpty ? "(no narrative)" : first, x: x, y: y, width: inner.right - x, style: base, buffer: &buffer)
                } else {
                    drawLabels(episode, state: state, x: x, y: y, right: inner.right, base: base, buffer: &buffer, theme: theme)
                }
            }
        }
    }

    static func drawLabels(_ episode: RelationshipEpisode, state: EpisodesState, x start: Int, y: Int, right: Int, base: Style,
                           buffer: inout Buffer, theme: Theme) {
        let parts: [(String, Int64?, TagCategory)] = [
            ("W ", episode.wishTagID, .ccrtWish), ("RO\(sign(episode.roPositive)) ", episode.roTagID, .ccrtRO),
            ("RS\(sign(episode.rsPositive)) ", episode.rsTagID, .ccrtRS),
        ].filter { $0.1 != nil }
        var x = start
        // Cluster names where they fit, else their short slugs, so all three labels stay visible.
        let names = parts.map { part in part.1.flatMap { state.tags[$0]?.name.lowercased() } ?? "?" }
        let slugs = parts.map { part in part.1.flatMap { state.tags[$0]?.slug } ?? "?" }
        let fullWidth = zip(parts, names).reduce(0) { $0 + displayWidth(of: $1.0.0 + $1.1) } + 3 * max(0, parts.count - 1)
        let words = fullWidth <= right - start ? names : slugs
        if parts.isEmpty {
            CaseworkFormat.put("not scored", x: x, y: y, width: right - x, style: base.patched(with: theme.style(for: .muted)), buffer: &buffer)
            return
        }
        for (i, part) in parts.enumerated() where x < right {
            if i > 0 { x = CaseworkFormat.put(" · ", x: x, y: y, width: right - x, style: base.patched(with: theme.style(for: .muted)), buffer: &buffer) }
            let role = ThemeRole.tag(category: part.2.rawValue)
            x = CaseworkFormat.put(part.0, x: x, y: y, width: right - x, style: base.patched(with: theme.style(for: role)).patched(with: Style(modifiers: .bold)), buffer: &buffer)
            x = CaseworkFormat.put(words[i], x: x, y: y, width: right - x, style: base.patched(with: theme.style(for: role)), buffer: &buffer)
        }
    }

    static func stepTitle(_ step: EpisodeDraft.Step) -> String {
        switch step {
        case .session: "Which session?"
        case .figure: "With whom?"
        case .newFigure: "New figure: their role"
        case .narrative: "What happened? (Enter: next)"
        case .wish: "Wish (W) · Tab skips"
        case .responseOfOther: "Response of other (RO) · + positive, - negative (before typing) · Tab skips"
        case .responseOfSelf: "Response of self (RS) · + positive, - negative (before typing) · Tab skips"
        }
    }

    static func renderFlow(_ draft: EpisodeDraft, state: EpisodesState, in area: Rect, buffer: inout Buffer, theme: Theme) -> Position? {
        let box = area.centered(Size(width: min(76, area.width), height: min(20, area.height)))
        buffer.fill(area: box, cell: Cell(grapheme: " ", width: 1, style: theme.style(for: .text)))
        let block = Block(title: "Add a relationship episode", borderStyle: theme.style(for: .borderFocused), titleStyle: theme.style(for: .title))
        block.render(in: box, buffer: &buffer)
        let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
        guard inner.height >= 4, inner.width > 16 else { return nil }
        let muted = theme.style(for: .muted), text = theme.style(for: .text)
        var y = inner.y
        func summary(_ label: String, _ value: String, role: ThemeRole = .text) {
            guard y < inner.bottom - 2 else { return }
            let x = CaseworkFormat.put(label, x: inner.x, y: y, width: 11, style: muted, buffer: &buffer)
            CaseworkFormat.put(value, x: max(x, inner.x + 11), y: y, width: inner.width - 11, style: theme.style(for: role), buffer: &buffer)
            y += 1
        }
        let session = draft.sessionID.flatMap { state.session(id: $0) }
        summary("Session", session.map { "\($0.number) · \(CaseworkFormat.day($0.startedAt))" } ?? "—")
        let other: String = switch draft.figure {
        case .therapist: "therapist"
        case .figure(let id): state.figureLabel(id)
        case .newFigure(let role): "\(role) (new)"
        case nil: "—"
        }
        summary("Other", other)
        if inner.height >= 12 {
            let first = CaseworkFormat.firstLine(draft.narrative.text)
            summary("Narrative", draft.step == .narrative ? "…" : first.isEmpty ? "—" : first)
            summary("W", draft.wishTagID.flatMap { state.tags[$0]?.name } ?? "—", role: .tagCCRTWish)
            summary("RO\(sign(draft.roPositive))", draft.roTagID.flatMap { state.tags[$0]?.name } ?? "—", role: .tagCCRTResponseOfOther)
            summary("RS\(sign(draft.rsPositive))", draft.rsTagID.flatMap { state.tags[$0]?.name } ?? "—", role: .tagCCRTResponseOfSelf)
        }
        y += 1
        CaseworkFormat.put(stepTitle(draft.step), x: inner.x, y: y, width: inner.width, style: theme.style(for: .accent), buffer: &buffer)
        y += 1
        let footer = draft.error == nil ? 0 : 1
        let stepArea = Rect(x: inner.x, y: y, width: inner.width, height: max(0, inner.bottom - y - footer))
        if let error = draft.error {
            CaseworkFormat.put(error, x: inner.x, y: inner.bottom - 1, width: inner.width, style: theme.style(for: .error), buffer: &buffer)
        }
        guard !stepArea.isEmpty else { return nil }
        switch draft.step {
        case .narrative:
            var editor = draft.narrative
            return TextEditorView(style: text, cursorStyle: theme.style(for: .cursor), selectionStyle: theme.style(for: .selection))
                .render(&editor, in: stepArea, buffer: &buffer)
        case .newFigure:
            var input = draft.newFigureRole
            TextInput(placeholder: "mother, partner, boss…", style: theme.style(for: .selection), placeholderStyle: muted)
                .render(in: stepArea.row(0), buffer: &buffer, state: &input)
            return input.cursorPosition
        default:
            guard var picker = draft.picker else { return nil }
            return FuzzyPickerView(style: text, borderStyle: theme.style(for: .border), matchStyle: theme.style(for: .highlight),
                                   selectedStyle: theme.style(for: .selection), detailStyle: muted)
                .render(&picker, in: stepArea, buffer: &buffer)
        }
    }
}
