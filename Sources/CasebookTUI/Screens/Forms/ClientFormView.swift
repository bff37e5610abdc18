import TerminalKit

/// The add/edit client form, drawn as a box over the screen it was opened from. Each field
/// that failed validation has its message right under it.
public enum ClientFormView {
    static let labelWidth = 13

    public static func render(_ form: ClientFormState, state: AppState, buffer: inout Buffer, theme: Theme) -> Position? {
        let body = ScreenGeometry.body(state.size)
        let base = theme.style(for: .background)
        let text = base.patched(with: theme.style(for: .text))
        let muted = base.patched(with: theme.style(for: .muted))
        let errorStyle = base.patched(with: theme.style(for: .error))
        let fields = ClientFormField.allCases
        let errorRows = fields.filter { form.errors[$0] != nil }.count + (form.formError == nil ? 0 : 1)
        let width = min(body.width - 2, 76)
        let height = min(body.height, fields.count + errorRows + 4)
        let box = body.centered(Size(width: width, height: height))
        buffer.fill(area: box, cell: Cell(grapheme: " ", width: 1, style: base))
        let block = Block(title: form.title, border: .rounded, borderStyle: theme.style(for: .borderFocused),
                          titleStyle: theme.style(for: .title), style: base)
        block.render(in: box, buffer: &buffer)
        let inner = block.inner(box).inset(top: 1, right: 1, bottom: 0, left: 1)
        var y = inner.y
        var cursor: Position?
        for field in fields where y < inner.bottom {
            let focused = field == form.focused
            let labelStyle = focused ? base.patched(with: theme.style(for: .accent)) : muted
            buffer.setString(x: inner.x, y: y, field.label, style: labelStyle, maxWidth: labelWidth - 1)
            let area = Rect(x: inner.x + labelWidth, y: y, width: inner.width - labelWidth, height: 1)
            if field == .status {
                let choices = ClientStatusChoice.all.map { $0 == form.status ? "(•) \($0)" : "( ) \($0)" }.joined(separator: "  ")
                buffer.setString(x: area.x, y: y, choices, style: focused ? text : muted, maxWidth: area.width)
                if focused { cursor = Position(x: area.x + 1 + choiceOffset(form.status), y: y) }
            } else if var input = form.fields[field] {
                TextInput(placeholder: field.placeholder, style: text, placeholderStyle: muted,
                          cursorStyle: theme.style(for: .cursor), showsCursor: focused)
                    .render(in: area, buffer: &buffer, state: &input)
                if focused { cursor = input.cursorPosition }
            }
            y += 1
            if let error = form.errors[field], y < inner.bottom {
                buffer.setString(x: inner.x + labelWidth, y: y, error, style: errorStyle, maxWidth: inner.width - labelWidth)
                y += 1
            }
        }
        if let formError = form.formError, y < inner.bottom {
            buffer.setString(x: inner.x, y: y, formError, style: errorStyle, maxWidth: inner.width)
        }
        let hint = "Tab next field · Enter save · Esc cancel"
        buffer.setString(x: box.x + 2, y: box.bottom - 1, " \(hint) ", style: muted, maxWidth: box.width - 4)
        return cursor
    }

    private static func choiceOffset(_ status: String) -> Int {
        var offset = 0
        for choice in ClientStatusChoice.all {
            if choice == status { return offset }
            offset += 4 + choice.count + 2
        }
        return 0
    }
}
