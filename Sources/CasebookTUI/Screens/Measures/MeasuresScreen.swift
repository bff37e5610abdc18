import CasebookCore
import Foundation
import TerminalKit

/// The Measures tab of a client: scores per session with their severity band, a chart per
/// instrument, and adding or removing a score.
public enum MeasuresScreen {
    public static func open(clientID: Int64, store: CaseStore, now: Date) throws -> MeasuresState {
        MeasuresState(clientID: clientID, sessions: try store.sessions(clientID: clientID),
                      measures: try store.measures(clientID: clientID))
    }

    public static func update(_ state: inout MeasuresState, _ input: MeasuresInput) -> [MeasuresEffect] {
        switch input {
        case .key(let event):
            if state.form != nil { return formKey(&state, event) }
            if let id = state.confirmingRemoval { return confirmKey(&state, event, measureID: id) }
            return listKey(&state, event)
        case .paste(let text):
            guard var form = state.form else { return [] }
            switch form.field {
            case .customName: CaseworkInputKeys.paste(text, into: &form.customName)
            case .score: CaseworkInputKeys.paste(text, into: &form.score)
            default: break
            }
            state.form = form
            return []
        case .tick:
            return []
        case .loaded(let sessions, let measures):
            let selectedID = state.selected.flatMap { state.measures.indices.contains($0) ? state.measures[$0].id : nil }
            state.sessions = sessions
            state.measures = measures
            state.selected = measures.firstIndex { $0.id == selectedID } ?? (measures.isEmpty ? nil : min(state.selected ?? 0, measures.count - 1))
            if !state.instruments.contains(state.chartInstrument ?? "") { state.chartInstrument = state.instruments.first }
            return []
        case .added(let measure):
            state.selected = state.measures.firstIndex { $0.id == measure.id } ?? state.selected
            state.chartInstrument = measure.instrument
            let band = MeasureBand.band(instrument: measure.instrument, score: measure.score).map { " (\($0))" } ?? ""
            state.request = .status("Added \(measure.instrument) \(CaseworkFormat.score(measure.score))\(band)")
            return []
        case .removed:
            state.request = .status("Measure removed")
            return []
        case .failed(let message):
            state.request = .status(message)
            return []
        }
    }

    static func listKey(_ state: inout MeasuresState, _ event: KeyEvent) -> [MeasuresEffect] {
        if let move = CaseworkListKeys.move(for: event, pendingG: &state.pendingG) {
            state.selected = CaseworkListKeys.apply(move, to: state.selected, count: state.measures.count)
            return []
        }
        if CaseworkListKeys.isClose(event) { state.request = .close; return [] }
        guard event.modifiers.isEmpty || event.modifiers == .shift else { return [] }
        switch event.key {
        case .character("a"):
            guard !state.sessions.isEmpty else {
                state.request = .status(MeasureEntryError.noSession.description)
                return []
            }
            state.form = MeasureForm(sessionIndex: state.sessions.count - 1)
        case .character("d"), .delete:
            guard let i = state.selected, state.measures.indices.contains(i), let id = state.measures[i].id else { return [] }
            state.confirmingRemoval = id
        case .tab, .character("i"):
            cycleChart(&state, by: 1)
        case .backTab, .character("I"):
            cycleChart(&state, by: -1)
        default:
            break
        }
        return []
    }

    static func cycleChart(_ state: inout MeasuresState, by delta: Int) {
        let names = state.instruments
        guard !names.isEmpty else { return }
        let i = state.chartInstrument.flatMap { names.firstIndex(of: $0) } ?? 0
        state.chartInstrument = names[(i + delta + names.count) % names.count]
    }

    static func confirmKey(_ state: inout MeasuresState, _ event: KeyEvent, measureID: Int64) -> [MeasuresEffect] {
        switch event.key {
        case .character("y"), .enter:
            state.confirmingRemoval = nil
            return [.remove(clientID: state.clientID, measureID: measureID)]
        case .character("n"), .escape, .character("q"):
            state.confirmingRemoval = nil
        default:
            break
        }
        return []
    }

    static func formKey(_ state: inout MeasuresState, _ event: KeyEvent) -> [MeasuresEffect] {
        guard var form = state.form else { return [] }
        defer { if state.form != nil { state.form = form } }
        let mods = event.modifiers
        switch event.key {
        case .escape:
            state.form = nil
            return []
        case .tab, .down:
            form.moveField(by: 1)
            return []
        case .backTab, .up:
            form.moveField(by: -1)
            return []
        case .enter:
            return submit(&state, &form)
        default:
            break
        }
        switch form.field {
        case .session, .instrument:
            let delta: Int
            switch event.key {
            case .character("h") where mods.isEmpty, .left: delta = -1
            case .character("l") where mods.isEmpty, .right: delta = 1
            default: return []
            }
            if form.field == .session {
                form.sessionIndex = max(0, min(state.sessions.count - 1, form.sessionIndex + delta))
            } else {
                form.instrumentIndex = (form.instrumentIndex + delta + MeasureForm.instruments.count) % MeasureForm.instruments.count
            }
        case .customName:
            CaseworkInputKeys.apply(event, to: &form.customName)
        case .score:
            CaseworkInputKeys.apply(event, to: &form.score)
        }
        form.error = nil
        return []
    }

    static func submit(_ state: inout MeasuresState, _ form: inout MeasureForm) -> [MeasuresEffect] {
        guard state.sessions.indices.contains(form.sessionIndex), let sessionID = state.sessions[form.sessionIndex].id else {
            form.error = MeasureEntryError.noSession.description
            return []
        }
        do {
            let score = try MeasureEntry.validate(instrument: form.instrument, score: form.score.text)
            state.form = nil
            return [.add(clientID: state.clientID, sessionID: sessionID, instrument: form.instrument, score: score)]
        } catch {
            form.error = error.description
            form.field = error == .missingInstrument ? .customName : .score
            return []
        }
    }

    public static func run(_ effect: MeasuresEffect, store: CaseStore, now: Date) -> [MeasuresInput] {
        do {
            switch effect {
            case .add(let clientID, let sessionID, let instrument, let score):
                let measure = try store.addMeasure(sessionID: sessionID, instrument: instrument, score: score)
                return [try reload(clientID, store), .added(measure)]
            case .remove(let clientID, let id):
                try store.removeMeasure(id)
                return [try reload(clientID, store), .removed(id)]
            }
        } catch {
            return [.failed("Measure not saved: \(error)")]
        }
    }

    static func reload(_ clientID: Int64, _ store: CaseStore) throws -> MeasuresInput {
        .loaded(sessions: try store.sessions(clientID: clientID), measures: try store.measures(clientID: clientID))
    }

    public static func keyHints(_ state: MeasuresState) -> [ScreenKeyHint] {
        if state.form != nil {
            return [ScreenKeyHint("Enter", "save"), ScreenKeyHint("Tab", "next field"), ScreenKeyHint("←/→", "change"), ScreenKeyHint("Esc", "cancel")]
        }
        if state.confirmingRemoval != nil { return [ScreenKeyHint("y", "remove"), ScreenKeyHint("n", "keep")] }
        return actions + [ScreenKeyHint("j/k", "move"), ScreenKeyHint("Esc", "back")]
    }

    public static func isEditingText(_ state: MeasuresState) -> Bool { state.form?.isEditingText ?? false }

    public static var actions: [ScreenKeyHint] {
        [ScreenKeyHint("a", "add measure"), ScreenKeyHint("d", "remove measure"), ScreenKeyHint("i", "chart next instrument")]
    }
}
