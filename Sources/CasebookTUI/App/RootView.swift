import Foundation
import TerminalKit

/// Draws the whole interface for a state: the screen on top of the stack, the status line,
/// the key hints and any overlay. Returns where the terminal cursor goes (nil: hidden).
public enum RootView {
    public static func render(_ state: AppState, theme: Theme, into buffer: inout Buffer) -> Position? {
        let area = buffer.area
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: theme.style(for: .background)))
        // Privacy comes first and alone: nothing else is drawn, whatever the size.
        if state.privacy {
            PrivacyView.render(now: state.now, timeZone: state.timeZone, in: area, buffer: &buffer, theme: theme)
            return nil
        }
        if state.isTooSmall {
            MinimumSizeView.render(size: state.size, in: area, buffer: &buffer, theme: theme)
            return nil
        }
        var cursor = renderScreens(state, buffer: &buffer, theme: theme)
        renderStatusLine(state, buffer: &buffer, theme: theme)
        renderHints(state, buffer: &buffer, theme: theme)
        switch state.overlay {
        case let .help(help)?:
            HelpView.render(help, size: state.size, buffer: &buffer, theme: theme)
            cursor = nil
        case let .palette(palette)?:
            cursor = PaletteView.render(palette, size: state.size, buffer: &buffer, theme: theme)
        case let .quitGuard(box)?:
            QuitGuardView.render(box, state: state, buffer: &buffer, theme: theme)
            cursor = nil
        case nil:
            break
        }
        return cursor
    }

    /// The top screen; a form is drawn over the screen beneath it.
    static func renderScreens(_ state: AppState, buffer: inout Buffer, theme: Theme) -> Position? {
        var underneath: ScreenEntry?
        for entry in state.stack.reversed() {
            if case .form = entry { continue }
            underneath = entry
            break
        }
        var cursor: Position?
        switch underneath {
        case let .client(screen)?:
            ClientView.render(screen, state: state, buffer: &buffer, theme: theme)
        case let .session(screen)?:
            cursor = SessionScreen.render(screen, in: ScreenGeometry.body(state.size), buffer: &buffer, theme: theme,
                                          codeOnly: state.codeOnly)
        case let .component(screen)?:
            cursor = screen.render(in: ScreenGeometry.componentArea(state.size), buffer: &buffer, theme: theme,
                                   codeOnly: state.codeOnly)
        default:
            cursor = ClientsView.render(state, buffer: &buffer, theme: theme)
        }
        if case let .form(form)? = state.stack.last {
            cursor = ClientFormView.render(form, state: state, buffer: &buffer, theme: theme)
        }
        return cursor
    }

    /// Where we are on the left, what happened in the middle, the time on the right.
    static func renderStatusLine(_ state: AppState, buffer: inout Buffer, theme: Theme) {
        let statusStyle = theme.style(for: .status)
        var left = "Casebook"
        for entry in state.stack where !state.isLocked {
            switch entry {
            case let .client(screen):
                let item = state.clients.all.first { $0.id == screen.clientID }
                let code = screen.detail?.code ?? item?.code ?? "…"
                left += " › " + code
            case let .form(form):
                left += " › " + form.title
            case let .session(screen):
                if !state.stack.contains(where: { if case .client = $0 { return true }; return false }) {
                    left += " › " + screen.clientCode
                }
                left += " › Session \(screen.session.number)"
            case let .component(screen):
                left += " › " + screen.title
            }
        }
        if state.stack.isEmpty { left += " › Clients" }
        if state.isLocked { left += " › Locked" }
        var right = DateText.time(state.now, timeZone: state.timeZone)
        if state.codeOnly { right = "codes only · " + right }
        if let session = state.openSession { right = SessionScreen.statusText(session) + "  " + right }
        let row = ScreenGeometry.statusRow(state.size)
        var spans = [Span(" " + left)]
        if let problem = state.componentSaveProblem, !state.isLocked {
            // Stays while the fault lasts, over any passing message: the text is not saved.
            spans = [Span(" \(problem) Ctrl-Q offers a recovery file.", style: theme.style(for: .error))]
        } else if let message = state.status {
            if message.kind == .error {
                // An error is worth the whole left side: it says what to do.
                spans = [Span(" " + message.text, style: theme.style(for: .error))]
            } else {
                spans += [Span("  "), Span(" \(message.text) ", style: theme.style(for: .statusAccent))]
            }
        }
        StatusLine(left: Line(spans), right: Line(right + " "), style: statusStyle).render(in: row, buffer: &buffer)
    }

    static func renderHints(_ state: AppState, buffer: inout Buffer, theme: Theme) {
        let hints: [KeyHint]
        switch state.overlay {
        case .help?: hints = hintList(Keymap.help)
        case .palette?: hints = hintList(Keymap.palette)
        case let .quitGuard(box)?:
            hints = box.writtenPath != nil || state.unsavedDrafts.isEmpty
                ? [KeyHint("any key", "quit")]
                : [KeyHint("w", "write recovery file and quit"), KeyHint("Esc", "stay"), KeyHint("D", "discard and quit")]
        case nil:
            if state.context == .clients && state.clients.isFiltering {
                hints = [KeyHint("Enter", "keep filter"), KeyHint("Esc", "clear"), KeyHint("↑↓", "move")]
            } else if state.context == .clients && state.clients.loaded && state.clients.all.isEmpty {
                hints = [KeyHint("a", "add a client"), KeyHint("?", "help"), KeyHint("q", "quit")]
            } else if case let .session(screen)? = state.stack.last {
                hints = SessionScreen.keyHints(screen).map { KeyHint($0.key, $0.label) }
            } else if case let .component(screen)? = state.stack.last {
                hints = screen.keyHints.map { KeyHint($0.key, $0.label) }
            } else {
                hints = hintList(Keymap.bindings(for: state.context)) + (state.isEditingText ? [] : hintList(Keymap.global))
            }
        }
        let base = theme.style(for: .background)
        KeyHintBar(hints, keyStyle: base.patched(with: theme.style(for: .accent)), labelStyle: base.patched(with: theme.style(for: .muted)))
            .render(in: ScreenGeometry.hintRow(state.size).inset(top: 0, right: 0, bottom: 0, left: 1), buffer: &buffer)
    }

    private static func hintList(_ bindings: [KeyBinding]) -> [KeyHint] {
        bindings.compactMap { b in b.hint.map { KeyHint(b.label.split(separator: " ").first.map(String.init) ?? b.label, $0) } }
    }
}
