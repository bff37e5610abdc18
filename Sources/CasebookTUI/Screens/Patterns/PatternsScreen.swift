import CasebookCore
import Foundation
import TerminalKit

/// The Client screen's Patterns view: what recurs, what goes together, how the defenses moved
/// and the client's CCRT.
public enum PatternsScreen {
    public static func open(clientID: Int64, store: CaseStore, now: Date, timeZone: TimeZone = .current) throws -> PatternsState {
        PatternsState(material: try ClientAnalyticsMaterial.load(store: store, clientID: clientID), timeZone: timeZone)
    }

    public static func update(_ state: inout PatternsState, _ input: PatternsInput) -> [PatternsEffect] {
        switch input {
        case .key(let key):
            return handle(key, &state)
        case .paste, .tick:
            return []
        case .resized(let size):
            state.viewport = size
            return []
        case .loaded(let material):
            state.replaceMaterial(material)
            return []
        case .failed(let message):
            state.request = .status("Patterns: \(message)")
            return []
        }
    }

    public static func run(_ effect: PatternsEffect, store: CaseStore, now: Date) -> [PatternsInput] {
        switch effect {
        case .reload(let clientID):
            do {
                // R means "read it again": past the memo, whatever it holds.
                return [.loaded(try ClientAnalyticsMaterial.read(store: store, clientID: clientID))]
            } catch {
                return [.failed("could not read the client's sessions (\(error)); press R to try again")]
            }
        }
    }

    public static func render(
        _ state: PatternsState, in area: Rect, buffer: inout Buffer, theme: Theme, codeOnly: Bool
    ) -> Position? {
        PatternsView.render(state, in: area, buffer: &buffer, theme: theme, codeOnly: codeOnly)
        return nil
    }

    public static func keyHints(_ state: PatternsState) -> [ScreenKeyHint] {
        var hints = [ScreenKeyHint("Tab", "section"), ScreenKeyHint("j/k", "move")]
        if state.section == .recurrence {
            hints.append(ScreenKeyHint("s", "sort: \(state.sortKey.title)"))
            hints.append(ScreenKeyHint("r", "reverse"))
        }
        hints.append(ScreenKeyHint("w", "window: \(state.window.label)"))
        hints.append(ScreenKeyHint("q", "back"))
        return hints
    }

    public static func isEditingText(_ state: PatternsState) -> Bool { false }

    public static var actions: [ScreenKeyHint] {
        [
            ScreenKeyHint("Tab", "Patterns: next section"),
            ScreenKeyHint("s", "Patterns: sort the recurrence table by the next column"),
            ScreenKeyHint("r", "Patterns: reverse the sort"),
            ScreenKeyHint("w", "Patterns: window all / last 12 / last 24 / last 52 sessions"),
            ScreenKeyHint("R", "Patterns: reload from the notes"),
        ]
    }

    private static func handle(_ event: KeyEvent, _ state: inout PatternsState) -> [PatternsEffect] {
        let wasPendingG = state.pendingG
        state.pendingG = false
        let page = max(1, state.viewport.height - 6)
        if event.modifiers.contains(.ctrl) {
            switch event.key {
            case .character("d"): move(by: page / 2, &state)
            case .character("u"): move(by: -page / 2, &state)
            case .character("r"): return [.reload(clientID: state.clientID)]
            default: break
            }
            return []
        }
        let sections = PatternsSection.allCases
        switch event.key {
        case .tab: state.section = sections[(state.section.rawValue + 1) % sections.count]
        case .backTab: state.section = sections[(state.section.rawValue + sections.count - 1) % sections.count]
        case .character(let digit) where ["1", "2", "3", "4"].contains(digit):
            state.section = sections[Int(digit)! - 1]
        case .down, .character("j"): move(by: 1, &state)
        case .up, .character("k"): move(by: -1, &state)
        case .pageDown: move(by: page, &state)
        case .pageUp: move(by: -page, &state)
        case .character("g"):
            if wasPendingG { move(by: -Int.max / 2, &state) } else { state.pendingG = true }
        case .character("G"): move(by: Int.max / 2, &state)
        case .character("s"): state.sort(by: state.sortKey.next)
        case .character("r"): state.sort(by: state.sortKey, reversed: !state.reversed)
        case .character("w"): state.setWindow(state.window.next)
        case .character("R"): return [.reload(clientID: state.clientID)]
        case .escape, .character("q"): state.request = .close
        default: break
        }
        return []
    }

    private static func move(by delta: Int, _ state: inout PatternsState) {
        switch state.section {
        case .recurrence: state.recurrenceList.move(by: delta, itemCount: state.recurrence.count)
        case .cooccurrence: state.pairList.move(by: delta, itemCount: state.report.cooccurrence.count)
        case .defenses: state.defensesScroll = max(0, min(200, state.defensesScroll.addingClamped(delta)))
        case .ccrt: state.ccrtScroll = max(0, min(200, state.ccrtScroll.addingClamped(delta)))
        }
    }
}

private extension Int {
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? Int.max : Int.min) : sum
    }
}
