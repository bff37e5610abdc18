import CasebookCore
import Foundation
import TerminalKit

/// The Figures tab of a client: the significant people of their life, by role and name.
public enum FiguresScreen {
    public static let exportNote = "De-identified exports and briefs replace names by roles."

    public static func open(clientID: Int64, store: CaseStore, now: Date) throws -> FiguresState {
        FiguresState(clientID: clientID, figures: try store.figures(clientID: clientID),
                     episodeCounts: try episodeCounts(clientID: clientID, store: store))
    }

    static func episodeCounts(clientID: Int64, store: CaseStore) throws -> [Int64: Int] {
        var counts: [Int64: Int] = [:]
        for episode in try store.episodes(clientID: clientID) {
            if let id = episode.figureID { counts[id, default: 0] += 1 }
        }
        return counts
    }

    static func reload(_ clientID: Int64, _ store: CaseStore) throws -> FiguresInput {
        .loaded(try store.figures(clientID: clientID), episodeCounts: try episodeCounts(clientID: clientID, store: store))
    }

    public static func update(_ state: inout FiguresState, _ input: FiguresInput) -> [FiguresEffect] {
        switch input {
        case .key(let event):
            if state.form != nil { return formKey(&state, event) }
            if let id = state.confirmingRemoval {
                switch event.key {
                case .character("y"), .enter:
                    state.confirmingRemoval = nil
                    return [.remove(clientID: state.clientID, figureID: id)]
                case .character("n"), .escape, .character("q"):
                    state.confirmingRemoval = nil
                default:
                    break
                }
                return []
            }
            return listKey(&state, event)
        case .paste(let text):
            guard var form = state.form else { return [] }
            if form.field == .role { CaseworkInputKeys.paste(text, into: &form.role) } else { CaseworkInputKeys.paste(text, into: &form.name) }
            state.form = form
            return []
        case .tick:
            return []
        case .loaded(let figures, let counts):
            state.figures = figures
            state.episodeCounts = counts
            state.selected = figures.isEmpty ? nil : min(state.selected ?? 0, figures.count - 1)
            return []
        case .saved(let figure):
            state.selected = state.figures.firstIndex { $0.id == figure.id } ?? state.selected
            state.request = .status("Saved figure: \(figure.role)")
            return []
        case .removed:
            state.request = .status("Figure removed")
            return []
        case .failed(let message):
            if state.form != nil { state.form?.error = message } else { state.request = .status(message) }
            return []
        }
    }

    static func listKey(_ state: inout FiguresState, _ event: KeyEvent) -> [FiguresEffect] {
        if let move = CaseworkListKeys.move(for: event, pendingG: &state.pendingG) {
            state.selected = CaseworkListKeys.apply(move, to: state.selected, count: state.figures.count)
            return []
        }
        if CaseworkListKeys.isClose(event) { state.request = .close; return [] }
        guard event.modifiers.isEmpty || event.modifiers == .shift else { return [] }
        let current = state.selected.flatMap { state.figures.indices.contains($0) ? state.figures[$0] : nil }
        switch event.key {
        case .character("a"):
            state.form = FigureForm()
        case .character("e"), .enter:
            if let current { state.form = FigureForm(figureID: current.id, role: current.role, name: current.name) }
        case .character("d"), .delete:
            guard let current, let id = current.id else { return [] }
            if let uses = state.episodeCounts[id], uses > 0 {
                state.request = .status("\(current.role) is the other in \(uses) relationship \(uses == 1 ? "episode" : "episodes"); remove those in Episodes first, so none is left without its figure.")
                return []
            }
            state.confirmingRemoval = id
        default:
            break
        }
        return []
    }

    static func formKey(_ state: inout FiguresState, _ event: KeyEvent) -> [FiguresEffect] {
        guard var form = state.form else { return [] }
        switch event.key {
        case .escape:
            state.form = nil
            return []
        case .tab, .backTab, .down, .up:
            form.field = form.field == .role ? .name : .role
        case .enter:
            let role = form.role.text.trimmingCharacters(in: .whitespaces)
            let name = form.name.text.trimmingCharacters(in: .whitespaces)
            guard !role.isEmpty else {
                form.error = "A figure needs a role (mother, partner, boss…); the name is optional."
                form.field = .role
                state.form = form
                return []
            }
            state.form = nil
            if let id = form.figureID {
                return [.update(Figure(id: id, clientID: state.clientID, role: role, name: name))]
            }
            return [.add(clientID: state.clientID, role: role, name: name)]
        default:
            if form.field == .role { CaseworkInputKeys.apply(event, to: &form.role) } else { CaseworkInputKeys.apply(event, to: &form.name) }
            form.error = nil
        }
        state.form = form
        return []
    }

    public static func run(_ effect: FiguresEffect, store: CaseStore, now: Date) -> [FiguresInput] {
        do {
            switch effect {
            case .add(let clientID, let role, let name):
                let figure = try store.addFigure(clientID: clientID, role: role, name: name)
                return [try reload(clientID, store), .saved(figure)]
            case .update(let figure):
                let saved = try store.updateFigure(figure)
                return [try reload(figure.clientID, store), .saved(saved)]
            case .remove(let clientID, let figureID):
                try store.removeFigure(figureID)
                return [try reload(clientID, store), .removed(figureID)]
            }
        } catch {
            return [.failed("Figure not saved: \(error)")]
        }
    }

    public static func render(_ state: FiguresState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        guard !area.isEmpty else { return nil }
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: theme.style(for: .text)))
        let parts = Layout.vertical([.fill(1), .length(1)]).split(area)
        let block = Block(title: "Significant figures", borderStyle: theme.style(for: .border), titleStyle: theme.style(for: .title))
        block.render(in: parts[0], buffer: &buffer)
        let inner = block.inner(parts[0])
        CaseworkFormat.put(exportNote, x: parts[1].x, y: parts[1].y, width: parts[1].width, style: theme.style(for: .muted), buffer: &buffer)
        if state.figures.isEmpty {
            Paragraph(text: "No figures yet. Press a to add the people who matter in the client's story (mother, partner, boss…).",
                      style: theme.style(for: .muted)).render(in: inner, buffer: &buffer)
        } else if !inner.isEmpty {
            let roleWidth = min(24, max(8, inner.width / 3))
            var list = ListState(selected: state.selected)
            list.keepSelectionVisible(itemCount: state.figures.count, height: inner.height)
            Table(columns: [TableColumn("Role", width: .length(roleWidth)), TableColumn("Name", width: .fill(1)),
                            TableColumn("Episodes", width: .length(8), alignment: .right)],
                  rowCount: state.figures.count, headerStyle: theme.style(for: .muted).patched(with: Style(modifiers: .bold)),
                  highlightStyle: theme.style(for: .selection), style: theme.style(for: .text)) { row, column in
                let figure = state.figures[row]
                if column == 0 { return Span(figure.role) }
                if column == 2 { return Span(figure.id.flatMap { state.episodeCounts[$0] }.map(String.init) ?? "", style: theme.style(for: .muted)) }
                if codeOnly { return Span(figure.name.isEmpty ? "" : "(name hidden)", style: theme.style(for: .muted)) }
                return figure.name.isEmpty ? Span("—", style: theme.style(for: .muted)) : Span(figure.name)
            }
            .render(in: inner, buffer: &buffer, state: &list)
        }
        if let form = state.form { return renderForm(form, in: area, buffer: &buffer, theme: theme, codeOnly: codeOnly) }
        if let id = state.confirmingRemoval, let figure = state.figures.first(where: { $0.id == id }) {
            Dialog(title: "Remove figure", body: "Remove \(figure.role)?  y remove · n keep",
                   buttons: ["Remove", "Keep"], style: theme.style(for: .text), borderStyle: theme.style(for: .border),
                   selectedButtonStyle: theme.style(for: .selection)).render(in: area, buffer: &buffer)
        }
        return nil
    }

    static func renderForm(_ form: FigureForm, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        let box = area.centered(Size(width: min(60, area.width), height: min(8, area.height)))
        buffer.fill(area: box, cell: Cell(grapheme: " ", width: 1, style: theme.style(for: .text)))
        let block = Block(title: form.figureID == nil ? "Add a figure" : "Edit figure", borderStyle: theme.style(for: .borderFocused),
                          titleStyle: theme.style(for: .title))
        block.render(in: box, buffer: &buffer)
        let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
        guard inner.height >= 2, inner.width > 10 else { return nil }
        var cursor: Position?
        for (i, field) in [FigureForm.Field.role, .name].enumerated() {
            let y = inner.y + i
            let focused = form.field == field
            CaseworkFormat.put(field == .role ? "Role" : "Name", x: inner.x, y: y, width: 6,
                               style: theme.style(for: focused ? .accent : .muted), buffer: &buffer)
            var input = field == .role ? form.role : form.name
            // On a screen that may be seen, an existing name is masked unless it is being typed.
            let masked = field == .name && codeOnly && !focused && !input.isEmpty
            if masked { input = TextInputState(text: "(name hidden)") }
            TextInput(placeholder: field == .role ? "mother, partner, boss…" : "optional",
                      style: theme.style(for: focused ? .selection : .text), placeholderStyle: theme.style(for: .muted),
                      showsCursor: focused)
                .render(in: Rect(x: inner.x + 6, y: y, width: inner.width - 6, height: 1), buffer: &buffer, state: &input)
            if focused { cursor = input.cursorPosition }
        }
        if let error = form.error, inner.height > 3 {
            CaseworkFormat.put(error, x: inner.x, y: inner.y + 3, width: inner.width, style: theme.style(for: .error), buffer: &buffer)
        }
        CaseworkFormat.put("Enter save · Tab next field · Esc cancel", x: inner.x, y: inner.bottom - 1, width: inner.width,
                           style: theme.style(for: .muted), buffer: &buffer)
        return cursor
    }

    public static func keyHints(_ state: FiguresState) -> [ScreenKeyHint] {
        if state.form != nil { return [ScreenKeyHint("Enter", "save"), ScreenKeyHint("Tab", "next field"), ScreenKeyHint("Esc", "cancel")] }
        if state.confirmingRemoval != nil { return [ScreenKeyHint("y", "remove"), ScreenKeyHint("n", "keep")] }
        return actions + [ScreenKeyHint("j/k", "move"), ScreenKeyHint("Esc", "back")]
    }

    public static func isEditingText(_ state: FiguresState) -> Bool { state.form != nil }

    public static var actions: [ScreenKeyHint] {
        [ScreenKeyHint("a", "add figure"), ScreenKeyHint("e", "edit figure"), ScreenKeyHint("d", "remove figure")]
    }
}
