import CasebookCore
import Foundation
import TerminalKit

/// Full-text search over every note and observation (SPEC §5): results as you type, filters by
/// client, category and dates, and Enter opens the session at the match.
public enum SearchScreen {
    /// Opens the screen, scoped to `clientID` when search starts from a client.
    public static func open(clientID: Int64? = nil, codeOnly: Bool = false, store: CaseStore, now: Date) throws -> SearchState {
        let clients = try store.listClients().compactMap { summary -> SearchClient? in
            guard let id = summary.client.id else { return nil }
            return SearchClient(id: id, code: summary.client.code, name: summary.client.name)
        }
        return SearchState(clients: clients, clientFilter: clientID, codeOnly: codeOnly, now: now)
    }

    public static func update(_ state: inout SearchState, _ input: SearchInput) -> [SearchEffect] {
        switch input {
        case .key(let key):
            return handle(key, &state)
        case .paste(let text):
            let line = text.replacingOccurrences(of: "\n", with: " ")
            switch state.focus {
            case .query, .results:
                if var picker = state.clientPicker {
                    picker.insert(line)
                    state.clientPicker = picker
                    return []
                }
                state.focus = .query
                state.query.insert(line)
                queryChanged(&state)
            case .fromDate: state.fromInput.insert(line)
            case .toDate: state.toInput.insert(line)
            }
            return []
        case .tick(let now):
            if state.typedSinceTick, state.lastTypedAt != nil, now.timeIntervalSince(state.clock) >= SearchState.debounce {
                // Keys carry no time: after a long gap between ticks the keystroke may have come
                // just now, so the debounce counts from this tick rather than firing at once.
                state.lastTypedAt = now
            }
            state.typedSinceTick = false
            state.clock = max(state.clock, now)
            guard let typed = state.lastTypedAt, now.timeIntervalSince(typed) >= SearchState.debounce else { return [] }
            state.lastTypedAt = nil
            return searchNow(&state)
        case .results(let generation, let hits):
            guard generation == state.generation else { return [] }
            state.shownGeneration = generation
            state.shownQuery = state.query.text
            state.results = hits
            state.selection = ListState(selected: hits.isEmpty ? nil : 0)
            state.error = nil
            return []
        case .located(let sessionID, let layer, let offset):
            state.request = .openSession(sessionID: sessionID, layer: layer.rawValue, scalarOffset: offset)
            return []
        case .failed(let message):
            state.error = message
            return []
        }
    }

    public static func isEditingText(_ state: SearchState) -> Bool {
        state.clientPicker != nil || state.focus != .results
    }

    public static func keyHints(_ state: SearchState) -> [ScreenKeyHint] {
        if state.clientPicker != nil {
            return [ScreenKeyHint("↑↓", "choose"), ScreenKeyHint("Enter", "filter"), ScreenKeyHint("Esc", "cancel")]
        }
        switch state.focus {
        case .query:
            return [ScreenKeyHint("Tab", "results"), ScreenKeyHint("Enter", "results"), ScreenKeyHint("Esc", "back")]
        case .fromDate, .toDate:
            return [ScreenKeyHint("Tab", "from/to"), ScreenKeyHint("Enter", "apply"), ScreenKeyHint("Esc", "cancel")]
        case .results:
            return [
                ScreenKeyHint("Enter", "open"), ScreenKeyHint("Tab", "query"), ScreenKeyHint("c", "client"),
                ScreenKeyHint("t", "category"), ScreenKeyHint("d", "dates"), ScreenKeyHint("x", "clear filters"),
                ScreenKeyHint("Esc", "back"),
            ]
        }
    }

    public static var actions: [ScreenKeyHint] {
        [
            ScreenKeyHint("Enter", "Open the session at the match"),
            ScreenKeyHint("Tab", "Switch between query and results"),
            ScreenKeyHint("c", "Filter search by client"),
            ScreenKeyHint("C", "Search all clients"),
            ScreenKeyHint("t", "Filter search by category (next)"),
            ScreenKeyHint("T", "Filter search by category (previous)"),
            ScreenKeyHint("d", "Filter search by date range"),
            ScreenKeyHint("x", "Clear search filters"),
        ]
    }

    // MARK: keys

    private static func handle(_ event: KeyEvent, _ state: inout SearchState) -> [SearchEffect] {
        if state.clientPicker != nil { return handlePicker(event, &state) }
        switch state.focus {
        case .query: return handleQuery(event, &state)
        case .results: return handleResults(event, &state)
        case .fromDate, .toDate: return handleDates(event, &state)
        }
    }

    private static func handleQuery(_ event: KeyEvent, _ state: inout SearchState) -> [SearchEffect] {
        let ctrl = event.modifiers.contains(.ctrl)
        switch event.key {
        case .escape:
            state.request = .close
        case .tab, .down, .enter:
            if state.lastTypedAt != nil {
                // Enter should not wait for the debounce: the clinician has finished typing.
                state.lastTypedAt = nil
                state.focus = .results
                return searchNow(&state)
            }
            if !state.results.isEmpty { state.focus = .results }
        case .backTab:
            if !state.results.isEmpty { state.focus = .results }
        case .backspace:
            state.query.deleteBackward()
            queryChanged(&state)
        case .delete:
            state.query.deleteForward()
            queryChanged(&state)
        case .left: state.query.moveLeft()
        case .right: state.query.moveRight()
        case .home: state.query.moveHome()
        case .end: state.query.moveEnd()
        case .character(let text) where ctrl:
            switch text {
            case "w": state.query.deleteWordBackward(); queryChanged(&state)
            case "k": state.query.deleteToEnd(); queryChanged(&state)
            case "a": state.query.moveHome()
            case "e": state.query.moveEnd()
            case "u":
                state.query = TextInputState()
                queryChanged(&state)
            default: break
            }
        case .character(let text) where event.modifiers.isEmpty || event.modifiers == .shift:
            state.query.insert(text)
            queryChanged(&state)
        default:
            break
        }
        return []
    }

    private static func handleResults(_ event: KeyEvent, _ state: inout SearchState) -> [SearchEffect] {
        let count = state.results.count
        let wasG = state.pendingG
        state.pendingG = false
        if event.modifiers.contains(.ctrl), case .character(let text) = event.key {
            switch text {
            // Half a screen of two-row results, as Ctrl-D/U move in vim; the view keeps no size.
            case "d": state.selection.move(by: 5, itemCount: count)
            case "u": state.selection.move(by: -5, itemCount: count)
            case "n": state.selection.selectNext(itemCount: count)
            case "p": state.selection.selectPrevious(itemCount: count)
            default: break
            }
            return []
        }
        switch event.key {
        case .escape, .character("q"):
            state.request = .close
        case .tab, .backTab, .character("/"), .character("i"):
            state.focus = .query
        case .down, .character("j"): state.selection.selectNext(itemCount: count)
        case .up, .character("k"): state.selection.selectPrevious(itemCount: count)
        case .pageDown: state.selection.move(by: 10, itemCount: count)
        case .pageUp: state.selection.move(by: -10, itemCount: count)
        case .home: state.selection.selectFirst(itemCount: count)
        case .end, .character("G"): state.selection.selectLast(itemCount: count)
        case .character("g"):
            if wasG { state.selection.selectFirst(itemCount: count) } else { state.pendingG = true }
        case .enter, .character("l"):
            if let hit = state.selectedHit { return [.locate(hit)] }
        case .character("c"):
            var items = [FuzzyPickerItem(id: "", label: "All clients")]
            items += state.clients.map { FuzzyPickerItem(id: String($0.id), label: $0.label(codeOnly: state.codeOnly)) }
            state.clientPicker = FuzzyPickerState(items: items)
        case .character("C"):
            guard state.clientFilter != nil else { return [] }
            state.clientFilter = nil
            return filtersChanged(&state)
        case .character("t"):
            state.categoryFilter = cycled(state.categoryFilter, by: 1)
            return filtersChanged(&state)
        case .character("T"):
            state.categoryFilter = cycled(state.categoryFilter, by: -1)
            return filtersChanged(&state)
        case .character("d"):
            state.fromInput = TextInputState(text: state.fromText)
            state.toInput = TextInputState(text: state.toText)
            state.focus = .fromDate
        case .character("x"):
            state.clientFilter = nil
            state.categoryFilter = nil
            state.fromText = ""
            state.toText = ""
            state.dateError = nil
            return filtersChanged(&state)
        default:
            break
        }
        return []
    }

    private static func handlePicker(_ event: KeyEvent, _ state: inout SearchState) -> [SearchEffect] {
        guard var picker = state.clientPicker else { return [] }
        defer { if state.clientPicker != nil { state.clientPicker = picker } }
        let ctrl = event.modifiers.contains(.ctrl)
        switch event.key {
        case .escape:
            state.clientPicker = nil
        case .enter:
            state.clientPicker = nil
            guard let item = picker.selectedItem else { return [] }
            state.clientFilter = Int64(item.id)
            return filtersChanged(&state)
        case .down: picker.selectNext()
        case .up: picker.selectPrevious()
        case .tab: picker.selectNext()
        case .backTab: picker.selectPrevious()
        case .backspace: picker.deleteBackward()
        case .delete: picker.deleteForward()
        case .left: picker.moveQueryCursorLeft()
        case .right: picker.moveQueryCursorRight()
        case .character(let text) where ctrl:
            switch text {
            case "n", "j": picker.selectNext()
            case "p", "k": picker.selectPrevious()
            case "w": picker.deleteWordBackward()
            default: break
            }
        case .character(let text):
            picker.insert(text)
        default:
            break
        }
        return []
    }

    private static func handleDates(_ event: KeyEvent, _ state: inout SearchState) -> [SearchEffect] {
        func edit(_ change: (inout TextInputState) -> Void) {
            if state.focus == .fromDate { change(&state.fromInput) } else { change(&state.toInput) }
        }
        switch event.key {
        case .escape:
            state.dateError = nil
            state.focus = .results
        case .tab, .backTab, .up, .down:
            state.focus = state.focus == .fromDate ? .toDate : .fromDate
        case .enter:
            return applyDates(&state)
        case .backspace: edit { $0.deleteBackward() }
        case .delete: edit { $0.deleteForward() }
        case .left: edit { $0.moveLeft() }
        case .right: edit { $0.moveRight() }
        case .home: edit { $0.moveHome() }
        case .end: edit { $0.moveEnd() }
        case .character(let text) where event.modifiers.contains(.ctrl):
            if text == "w" { edit { $0.deleteWordBackward() } }
            if text == "u" { edit { $0 = TextInputState() } }
        case .character(let text):
            edit { $0.insert(text) }
        default:
            break
        }
        return []
    }

    // MARK: transitions

    private static func queryChanged(_ state: inout SearchState) {
        state.generation += 1
        state.lastTypedAt = state.clock
        state.typedSinceTick = true
    }

    private static func filtersChanged(_ state: inout SearchState) -> [SearchEffect] {
        state.generation += 1
        state.lastTypedAt = nil
        return searchNow(&state)
    }

    /// Asks for the current query's results, or clears them when there is nothing to search.
    private static func searchNow(_ state: inout SearchState) -> [SearchEffect] {
        guard let query = state.storeQuery else {
            state.results = []
            state.shownGeneration = state.generation
            state.shownQuery = state.query.text
            state.selection = ListState()
            return []
        }
        return [.search(query, generation: state.generation)]
    }

    private static func applyDates(_ state: inout SearchState) -> [SearchEffect] {
        let from = state.fromInput.text.trimmingCharacters(in: .whitespaces)
        let to = state.toInput.text.trimmingCharacters(in: .whitespaces)
        if !from.isEmpty, SearchDate.startOfDay(from) == nil {
            state.dateError = "“\(from)” is not a date: type the from day as YYYY-MM-DD, e.g. 2026-03-14."
            state.focus = .fromDate
            return []
        }
        if !to.isEmpty, SearchDate.startOfDay(to) == nil {
            state.dateError = "“\(to)” is not a date: type the to day as YYYY-MM-DD, e.g. 2026-03-14."
            state.focus = .toDate
            return []
        }
        if let start = SearchDate.startOfDay(from), let end = SearchDate.startOfDay(to), start > end {
            state.dateError = "The from day \(from) is after the to day \(to); swap them or change one."
            state.focus = .fromDate
            return []
        }
        state.dateError = nil
        state.fromText = from
        state.toText = to
        state.focus = .results
        return filtersChanged(&state)
    }

    private static func cycled(_ category: TagCategory?, by step: Int) -> TagCategory? {
        let options: [TagCategory?] = [nil] + TagCategory.allCases.map { $0 }
        let index = options.firstIndex(of: category) ?? 0
        return options[(index + step + options.count) % options.count]
    }
}
