import CasebookCore
import Foundation
import TerminalKit

/// The Dreams tab of a client: dreams and memories brought to sessions, with their evidence;
/// Enter opens the session at the passage.
public enum DreamsScreen {
    public static func open(clientID: Int64, store: CaseStore, now: Date) throws -> DreamsState {
        DreamsState(clientID: clientID, items: try load(clientID: clientID, store: store))
    }

    static func load(clientID: Int64, store: CaseStore) throws -> [ObservationDetail] {
        let all = try store.observations(clientID: clientID, category: .dream) + store.observations(clientID: clientID, category: .memory)
        return all.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.sessionNumber != y.sessionNumber { return x.sessionNumber < y.sessionNumber }
            let (sx, sy) = (x.observation.spanStart ?? Int.max, y.observation.spanStart ?? Int.max)
            return sx != sy ? sx < sy : a.offset < b.offset
        }.map(\.element)
    }

    public static func update(_ state: inout DreamsState, _ input: DreamsInput) -> [DreamsEffect] {
        switch input {
        case .key(let event):
            if let move = CaseworkListKeys.move(for: event, pendingG: &state.pendingG) {
                state.selected = CaseworkListKeys.apply(move, to: state.selected, count: state.items.count)
                return []
            }
            if CaseworkListKeys.isClose(event) { state.request = .close; return [] }
            switch event.key {
            case .enter:
                guard let item = state.selectedItem else { return [] }
                let span = item.observation.span
                state.request = .openSession(sessionID: item.observation.sessionID, layer: span == nil ? nil : NoteLayer.process.rawValue,
                                             scalarOffset: span?.lowerBound)
            case .character("r") where event.modifiers.isEmpty:
                return [.reload(clientID: state.clientID)]
            default:
                break
            }
            return []
        case .paste, .tick:
            return []
        case .loaded(let items):
            let id = state.selectedItem?.observation.id
            state.items = items
            state.selected = items.firstIndex { $0.observation.id == id } ?? (items.isEmpty ? nil : 0)
            return []
        case .failed(let message):
            state.request = .status(message)
            return []
        }
    }

    public static func run(_ effect: DreamsEffect, store: CaseStore, now: Date) -> [DreamsInput] {
        switch effect {
        case .reload(let clientID):
            do { return [.loaded(try load(clientID: clientID, store: store))] } catch { return [.failed("Could not load dreams: \(error)")] }
        }
    }

    /// Display rows: a header per session, then its items (by index into `items`).
    enum Row { case session(Int, Date), item(Int) }

    static func rows(_ items: [ObservationDetail]) -> [Row] {
        var rows: [Row] = []
        var last: Int?
        for (i, item) in items.enumerated() {
            if item.sessionNumber != last {
                rows.append(.session(item.sessionNumber, item.sessionStartedAt))
                last = item.sessionNumber
            }
            rows.append(.item(i))
        }
        return rows
    }

    public static func render(_ state: DreamsState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool) -> Position? {
        guard !area.isEmpty else { return nil }
        buffer.fill(area: area, cell: Cell(grapheme: " ", width: 1, style: theme.style(for: .text)))
        let previewHeight = state.items.isEmpty || area.height < 14 ? 0 : min(10, area.height / 3)
        let parts = Layout.vertical([.fill(1), .length(previewHeight)]).split(area)
        let dreams = state.items.filter { $0.tag.category == .dream }.count
        let memories = state.items.count - dreams
        let block = Block(title: "Dreams and memories · \(dreams) \(dreams == 1 ? "dream" : "dreams"), \(memories) \(memories == 1 ? "memory" : "memories")",
                          borderStyle: theme.style(for: .border), titleStyle: theme.style(for: .title))
        block.render(in: parts[0], buffer: &buffer)
        let inner = block.inner(parts[0])
        guard !inner.isEmpty else { return nil }
        guard !state.items.isEmpty else {
            Paragraph(text: "No dreams or memories yet. Tag them in a process note with #dream or #early-memory (any code of the dream and memory categories).",
                      style: theme.style(for: .muted)).render(in: inner, buffer: &buffer)
            return nil
        }
        let rows = rows(state.items)
        let selectedRow = rows.firstIndex { if case .item(let i) = $0 { return i == state.selected } else { return false } } ?? 0
        // Keep the selected item's session header in view when it fits.
        var scroll = max(0, selectedRow - inner.height + 1)
        if selectedRow > 0, case .session = rows[selectedRow - 1], scroll == selectedRow { scroll -= 1 }
        let tagWidth = min(18, max(8, inner.width / 5))
        for (offset, row) in rows.dropFirst(scroll).prefix(inner.height).enumerated() {
            let y = inner.y + offset
            switch row {
            case .session(let number, let date):
                CaseworkFormat.put("Session \(number) · \(CaseworkFormat.day(date))", x: inner.x, y: y, width: inner.width,
                                   style: theme.style(for: .accent).patched(with: Style(modifiers: .bold)), buffer: &buffer)
            case .item(let i):
                let item = state.items[i]
                let selected = i == state.selected
                let base = selected ? theme.style(for: .selection) : theme.style(for: .text)
                if selected { buffer.setStyle(area: Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base) }
                var x = inner.x + 2
                x = CaseworkFormat.put(Truncation.fit(item.tag.name, toWidth: tagWidth), x: x, y: y, width: tagWidth,
                                       style: base.patched(with: theme.style(for: ThemeRole.tag(category: item.tag.category.rawValue))), buffer: &buffer)
                x = CaseworkFormat.put(" " + String(repeating: "●", count: max(1, min(3, item.observation.intensity))) + " ",
                                       x: x, y: y, width: inner.right - x, style: base.patched(with: theme.style(for: .intensity(item.observation.intensity))), buffer: &buffer)
                let evidence = CaseworkFormat.firstLine(item.observation.evidence)
                CaseworkFormat.put(evidence.isEmpty ? "(no evidence)" : evidence, x: x, y: y, width: inner.right - x, style: base, buffer: &buffer)
            }
        }
        if previewHeight > 0, let item = state.selectedItem {
            let preview = Block(title: "Session \(item.sessionNumber) · \(item.tag.name) · Enter opens the session here",
                                borderStyle: theme.style(for: .border), titleStyle: theme.style(for: .muted))
            preview.render(in: parts[1], buffer: &buffer)
            var text = item.observation.evidence
            if !item.observation.comment.isEmpty { text += "\n\nComment: " + item.observation.comment }
            Paragraph(text: text, style: theme.style(for: .text)).render(in: preview.inner(parts[1]), buffer: &buffer)
        }
        return nil
    }

    public static func keyHints(_ state: DreamsState) -> [ScreenKeyHint] {
        [ScreenKeyHint("j/k", "move")] + actions + [ScreenKeyHint("Esc", "back")]
    }

    public static func isEditingText(_ state: DreamsState) -> Bool { false }

    public static var actions: [ScreenKeyHint] {
        [ScreenKeyHint("Enter", "open session at dream"), ScreenKeyHint("r", "reload dreams")]
    }
}
