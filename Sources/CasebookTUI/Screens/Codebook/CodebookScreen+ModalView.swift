import CasebookCore
import Foundation
import TerminalKit

extension CodebookScreen {
    static func renderModal(_ state: CodebookState, in area: Rect, buffer: inout Buffer, theme: Theme) -> Position? {
        guard let modal = state.modal else { return nil }
        switch modal {
        case .add(let form):
            return renderForm(form, state: state, in: area, buffer: &buffer, theme: theme)
        case .parentForForm(_, let picker), .parent(_, let picker):
            return renderPicker(picker, title: "Parent theme", in: area, buffer: &buffer, theme: theme)
        case .mergePicker(let source, let picker):
            let name = state.tag(source)?.name ?? ""
            return renderPicker(picker, title: "Merge ‘\(name)’ into", in: area, buffer: &buffer, theme: theme)
        case .confirmMerge(let plan):
            dialog("Merge codes", plan.question, buttons: ["y Merge", "n Cancel"], in: area, buffer: &buffer, theme: theme)
            return nil
        case .confirmDelete(let tag):
            dialog(
                "Delete code", "Delete ‘\(tag.name)’ (#\(tag.slug))? It is unused; this cannot be undone.",
                buttons: ["y Delete", "n Keep"], selected: 1, in: area, buffer: &buffer, theme: theme)
            return nil
        case .rename(let id, let input, let error):
            return prompt("Rename ‘\(state.tag(id)?.name ?? "")’", label: "Name", input: input, error: error,
                          hint: "The slug stays, so #tags in notes keep working.", in: area, buffer: &buffer, theme: theme)
        case .color(let id, let input, let error):
            return prompt("Colour of ‘\(state.tag(id)?.name ?? "")’", label: "Colour", input: input, error: error,
                          hint: "#rrggbb, or empty for the category's colour.", in: area, buffer: &buffer, theme: theme)
        case .description(let id, let input, let error):
            return prompt("Describe ‘\(state.tag(id)?.name ?? "")’", label: "Description", input: input, error: error,
                          hint: "What this code means, for you and your supervisor.", in: area, buffer: &buffer, theme: theme)
        }
    }

    private static func dialog(_ title: String, _ body: String, buttons: [String], selected: Int = 0, in area: Rect,
                               buffer: inout Buffer, theme: Theme) {
        Dialog(
            title: title, body: body, buttons: buttons, selectedButton: selected, width: min(64, area.width - 2),
            style: theme.style(for: .text), borderStyle: theme.style(for: .borderFocused),
            buttonStyle: theme.style(for: .muted), selectedButtonStyle: theme.style(for: .selection)
        ).render(in: area, buffer: &buffer)
    }

    private static func modalBox(_ title: String, height: Int, in area: Rect, buffer: inout Buffer, theme: Theme) -> Rect {
        let box = area.centered(Size(width: min(64, area.width - 2), height: min(height, area.height)))
        buffer.fill(area: box, cell: Cell(grapheme: " ", width: 1, style: theme.style(for: .text)))
        let frame = Block(title: title, border: .plain, borderStyle: theme.style(for: .borderFocused), titleStyle: theme.style(for: .title))
        frame.render(in: box, buffer: &buffer)
        return frame.inner(box).inset(horizontal: 1, vertical: 0)
    }

    private static func prompt(_ title: String, label: String, input: TextInputState, error: String?, hint: String,
                               in area: Rect, buffer: inout Buffer, theme: Theme) -> Position? {
        let inner = modalBox(title, height: 7, in: area, buffer: &buffer, theme: theme)
        guard inner.height > 0 else { return nil }
        let used = buffer.setString(x: inner.x, y: inner.y, label + " ", style: theme.style(for: .muted), maxWidth: inner.width)
        var field = input
        TextInput(style: theme.style(for: .selection), cursorStyle: theme.style(for: .cursor))
            .render(in: Rect(x: inner.x + used, y: inner.y, width: max(0, inner.width - used), height: 1), buffer: &buffer, state: &field)
        if inner.height > 2 {
            // An error must be read whole, so it wraps over the rows below the field.
            Paragraph(text: error ?? hint, style: theme.style(for: error == nil ? .muted : .error))
                .render(in: inner.inset(top: 2, right: 0, bottom: 0, left: 0), buffer: &buffer)
        }
        return field.cursorPosition
    }

    private static func renderPicker(_ picker: FuzzyPickerState, title: String, in area: Rect, buffer: inout Buffer,
                                     theme: Theme) -> Position? {
        var picker = picker
        let box = area.centered(Size(width: min(56, area.width - 2), height: min(area.height - 2, max(6, min(picker.items.count + 3, 18)))))
        return FuzzyPickerView(
            style: theme.style(for: .text), borderStyle: theme.style(for: .borderFocused),
            matchStyle: theme.style(for: .highlight), selectedStyle: theme.style(for: .selection),
            detailStyle: theme.style(for: .muted), title: title
        ).render(&picker, in: box, buffer: &buffer)
    }

    private static func renderForm(_ form: CodebookForm, state: CodebookState, in area: Rect, buffer: inout Buffer,
                                   theme: Theme) -> Position? {
        let fields = form.fields
        let inner = modalBox("Add a code", height: fields.count + 6, in: area, buffer: &buffer, theme: theme)
        guard inner.height > 0 else { return nil }
        let labelWidth = 13
        var cursor: Position?
        for (k, field) in fields.enumerated() where k < inner.height {
            let y = inner.y + k
            let focused = field == form.field
            let labelStyle = theme.style(for: focused ? .accent : .muted)
            buffer.setString(x: inner.x, y: y, label(field), style: labelStyle, maxWidth: labelWidth)
            let valueArea = Rect(x: inner.x + labelWidth, y: y, width: max(0, inner.width - labelWidth), height: 1)
            let valueStyle = theme.style(for: focused ? .selection : .text)
            switch field {
            case .category:
                buffer.setString(x: valueArea.x, y: y, "‹ \(form.category.displayName) ›", style: valueStyle, maxWidth: valueArea.width)
            case .level:
                let level = form.level.flatMap(DMRSLevel.init(rawValue:))
                let text = level.map { "‹ \($0.rawValue) \($0.name) ›" } ?? "‹ unrated ›"
                buffer.setString(x: valueArea.x, y: y, text, style: valueStyle, maxWidth: valueArea.width)
            case .parent:
                let parent = form.parentID.flatMap(state.tag)?.name ?? "(top level)"
                buffer.setString(x: valueArea.x, y: y, parent + (focused ? "  Enter to choose" : ""), style: valueStyle,
                                 maxWidth: valueArea.width)
            case .name, .slug, .description:
                var input = field == .name ? form.name : (field == .slug ? form.slug : form.description)
                TextInput(style: valueStyle, cursorStyle: theme.style(for: .cursor), showsCursor: focused)
                    .render(in: valueArea, buffer: &buffer, state: &input)
                if focused { cursor = input.cursorPosition }
            }
        }
        let footer = inner.y + fields.count + 1
        if footer < inner.bottom {
            if let error = form.error {
                Paragraph(text: error, style: theme.style(for: .error))
                    .render(in: Rect(x: inner.x, y: footer, width: inner.width, height: inner.bottom - footer), buffer: &buffer)
            } else {
                buffer.setString(x: inner.x, y: footer, "Tab next field · Ctrl-S save · Esc cancel", style: theme.style(for: .muted),
                                 maxWidth: inner.width)
            }
        }
        return cursor
    }

    private static func label(_ field: CodebookForm.Field) -> String {
        switch field {
        case .category: "Category"
        case .name: "Name"
        case .slug: "Slug"
        case .level: "DMRS level"
        case .description: "Description"
        case .parent: "Parent"
        }
    }
}
