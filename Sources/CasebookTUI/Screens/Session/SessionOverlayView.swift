import CasebookCore
import TerminalKit

/// The dialogs of the session screen, drawn over it; returns where the cursor goes.
enum SessionOverlayView {
    /// The amendment editor's text area on a screen of `area` (update lays it out the same way).
    static func amendmentEditorArea(in area: Rect) -> Rect {
        amendmentBox(in: area).inset(by: 1).inset(top: 0, right: 1, bottom: 1, left: 1)
    }

    static func amendmentBox(in area: Rect) -> Rect {
        area.centered(Size(width: min(area.width, max(40, area.width * 4 / 5)), height: min(area.height, max(8, area.height * 3 / 5))))
    }

    static func render(_ overlay: SessionOverlay, state: SessionScreenState, in area: Rect, buffer: inout Buffer, theme: Theme) -> Position? {
        let base = theme.style(for: .background).patched(with: theme.style(for: .text))
        let border = theme.style(for: .borderFocused)
        let title = theme.style(for: .title)
        let muted = theme.style(for: .muted)
        func dialog(_ heading: String, _ body: String, _ buttons: [String], selected: Int = 0) {
            Dialog(
                title: heading, body: body, buttons: buttons, selectedButton: selected, width: 64, style: base,
                borderStyle: border, selectedButtonStyle: theme.style(for: .selection)
            ).render(in: area, buffer: &buffer)
        }
        func box(_ rect: Rect, _ heading: String) -> Rect {
            buffer.fill(area: rect, cell: Cell(grapheme: " ", width: 1, style: base))
            let block = Block(title: heading, border: .rounded, borderStyle: border, titleStyle: title, style: base)
            block.render(in: rect, buffer: &buffer)
            return block.inner(rect).inset(horizontal: 1, vertical: 0)
        }

        switch overlay {
        case .previousSession(let summary):
            let rect = area.centered(Size(width: min(area.width, max(40, area.width * 3 / 4)), height: min(area.height, 18)))
            guard let summary else {
                let inner = box(rect.centered(Size(width: rect.width, height: 5)), "Previous session")
                buffer.setString(x: inner.x, y: inner.y + 1, "This is the client's first session.", style: base, maxWidth: inner.width)
                return nil
            }
            let inner = box(rect, "Session \(summary.number) · \(SessionFormat.dateTime(summary.startedAt)) · Esc closes")
            var lines: [Line] = summary.firstLines.map { Line($0, style: base) }
            if lines.isEmpty { lines.append(Line("(no process note)", style: muted)) }
            lines.append(Line(""))
            var chips: [Span] = [Span("Tags: ", style: muted)]
            if summary.tags.isEmpty { chips.append(Span("none", style: muted)) }
            for (i, entry) in summary.tags.enumerated() {
                if i > 0 { chips.append(Span("  ")) }
                chips.append(Span("#\(entry.tag.slug)", style: theme.style(for: .tag(category: entry.tag.category.rawValue))))
                chips.append(Span(" " + SessionFormat.intensity(entry.intensity), style: theme.style(for: .intensity(entry.intensity))))
            }
            lines.append(Line(chips))
            Paragraph(lines, style: base).render(in: inner, buffer: &buffer)
            return nil

        case .confirmSign:
            dialog(
                "Sign session \(state.session.number)?",
                "Signing makes both notes read-only. Later changes are added as dated amendments; the signed text stays as it is.",
                ["Sign (y)", "Cancel (Esc)"])
            return nil

        case .confirmRemove(let detail):
            let evidence = detail.observation.evidence.isEmpty ? "" : " (“\(detail.observation.evidence)”)"
            dialog("Remove observation?", "Remove the manual observation \(detail.tag.name)\(evidence)?", ["Remove (y)", "Keep (Esc)"])
            return nil

        case .pickTag(let picker):
            let rect = area.centered(Size(width: min(area.width, 60), height: min(area.height, 16)))
            var copy = picker
            return FuzzyPickerView(
                style: base, borderStyle: border, matchStyle: theme.style(for: .highlight),
                selectedStyle: theme.style(for: .selection), detailStyle: muted, prompt: "Code: ",
                title: "Add observation · Enter picks · Esc"
            ).render(&copy, in: rect, buffer: &buffer)

        case .pickIntensity(let tag):
            dialog("Intensity of \(tag.name)", "1 tentative · 2 clear · 3 strong", ["1 ●○○", "2 ●●○", "3 ●●●"], selected: 1)
            return nil

        case .enterEvidence(let tag, let intensity, let evidence):
            let rect = area.centered(Size(width: min(area.width, 70), height: min(area.height, 6)))
            let inner = box(rect, "Evidence · \(tag.name) \(SessionFormat.intensity(intensity))")
            guard inner.height >= 1 else { return nil }
            var input = evidence
            TextInput(placeholder: "the words that show it (may stay empty)", style: base, placeholderStyle: muted,
                      cursorStyle: Style(), showsCursor: false)
                .render(in: inner.row(0), buffer: &buffer, state: &input)
            if inner.height >= 3 {
                buffer.setString(x: inner.x, y: inner.y + 2, "Enter adds · Esc cancels", style: muted, maxWidth: inner.width)
            }
            return input.cursorPosition

        case .editObservation(let form):
            let rect = area.centered(Size(width: min(area.width, 72), height: min(area.height, 9)))
            let inner = box(rect, "\(form.tag.name) · \(form.isInline ? "inline: follows the note" : "manual")")
            guard inner.height >= 3 else { return nil }
            let labelWidth = 11
            var cursor: Position?
            for (row, field) in ObservationForm.Field.allCases.enumerated() {
                let y = inner.y + row
                let active = field == form.field
                let editable = form.editableFields.contains(field)
                let labelStyle = active ? theme.style(for: .accent) : muted
                let label = ["Intensity", "Evidence", "Comment"][row]
                buffer.setString(x: inner.x, y: y, (active ? "›" : " ") + label, style: labelStyle, maxWidth: labelWidth)
                let fieldArea = Rect(x: inner.x + labelWidth, y: y, width: inner.width - labelWidth, height: 1)
                let valueStyle = editable ? base : muted
                switch field {
                case .intensity:
                    let text = SessionFormat.intensity(form.intensity) + (editable ? "  1/2/3" : "")
                    buffer.setString(x: fieldArea.x, y: y, text, style: theme.style(for: .intensity(form.intensity)), maxWidth: fieldArea.width)
                case .evidence, .comment:
                    var input = field == .evidence ? form.evidence : form.comment
                    TextInput(style: valueStyle, cursorStyle: Style(), showsCursor: false)
                        .render(in: fieldArea, buffer: &buffer, state: &input)
                    if active { cursor = input.cursorPosition }
                }
            }
            if inner.height >= 5 {
                buffer.setString(x: inner.x, y: inner.y + 4, "Tab next field · Enter saves · Esc cancels", style: muted, maxWidth: inner.width)
            }
            return cursor

        case .amendment(let layer, let editor):
            let rect = amendmentBox(in: area)
            _ = box(rect, "Amendment to the \(layer == .process ? "process" : "record") note · Ctrl-S saves · Esc")
            let textArea = amendmentEditorArea(in: area)
            var copy = editor
            let cursor = TextEditorView(style: base, selectionStyle: theme.style(for: .selection))
                .render(&copy, in: textArea, buffer: &buffer)
            if copy.scalarCount == 0, !textArea.isEmpty {
                buffer.setString(x: textArea.x, y: textArea.y, "Dated today; the signed text stays unchanged.", style: muted, maxWidth: textArea.width)
            }
            return cursor
        }
    }
}
